namespace PaperBot.FakeDiscord;

/// <summary>Channel states a test sets up; any channel not mentioned exists and the bot may post there.</summary>
/// <summary>How a channel behaves when PaperBot posts to it.</summary>
public enum FakeChannelState
{
    Writable,

    /// <summary>Unknown or deleted: 404, code 10003.</summary>
    Deleted,

    /// <summary>The bot cannot see it: 403, code 50001.</summary>
    NoAccess,

    /// <summary>The bot may see it but not post: 403, code 50013.</summary>
    MissingPermissions,

    /// <summary>A DM channel whose user does not take DMs from the bot: 403, code 50007.</summary>
    DmsClosed,
}
