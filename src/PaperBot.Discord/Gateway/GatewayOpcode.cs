namespace PaperBot.Discord.Gateway;

/// <summary>The gateway opcodes PaperBot sends or handles (protocol brief 1.3); the numbers are Discord's.</summary>
internal enum GatewayOpcode
{
    /// <summary>An event (<c>t</c>) with its sequence number (<c>s</c>).</summary>
    Dispatch = 0,

    /// <summary>Sent on the heartbeat timer; received when Discord wants one at once.</summary>
    Heartbeat = 1,

    Identify = 2,

    Resume = 6,

    /// <summary>Discord asks the client to reconnect and resume.</summary>
    Reconnect = 7,

    /// <summary><c>d</c> says whether the session may be resumed.</summary>
    InvalidSession = 9,

    /// <summary>The first frame: <c>d.heartbeat_interval</c>.</summary>
    Hello = 10,

    HeartbeatAck = 11,
}
