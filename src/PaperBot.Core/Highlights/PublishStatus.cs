namespace PaperBot.Core.Highlights;

public enum PublishStatus
{
    /// <summary>The message is in the channel (or was already: the nonce matched an earlier send).</summary>
    Sent,

    /// <summary>The channel is gone or PaperBot lost access or permission: retrying will not help.</summary>
    ChannelUnavailable,

    /// <summary>Anything else (network, Discord outage): worth another try later.</summary>
    Failed,
}
