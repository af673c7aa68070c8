namespace PaperBot.Core.Follows;

public enum DmStatus
{
    /// <summary>The DM is in the member's inbox (or was already: the nonce matched an earlier send).</summary>
    Sent,

    /// <summary>The member does not take DMs from PaperBot (Discord 50007): retrying will not help until they open them.</summary>
    Closed,

    /// <summary>Anything else (network, Discord outage): worth another try later.</summary>
    Failed,
}
