using System.Threading.Channels;

namespace PaperBot.Discord.Gateway;

/// <summary>
/// The gateway connection: keeps one session alive (heartbeats, resume, re-identify, backoff) and queues every
/// dispatch. It never runs handlers itself, so a slow handler can never delay a heartbeat.
/// </summary>
internal interface IDiscordGateway
{
    /// <summary>Dispatches in the order they arrived (READY included).</summary>
    ChannelReader<GatewayDispatch> Dispatches { get; }

    /// <summary>
    /// Connects and stays connected until <paramref name="cancellationToken"/> is cancelled (then closes with 1000).
    /// Throws <see cref="GatewayFatalException"/> on a close code that must not be retried (4004, 4010-4014).
    /// </summary>
    Task RunAsync(CancellationToken cancellationToken);
}
