namespace PaperBot.Discord.Rest;

/// <summary>The JSON error codes PaperBot branches on (never on message text).</summary>
internal static class DiscordErrorCodes
{
    public const int UnknownChannel = 10003;
    public const int UnknownMessage = 10008;
    public const int UnknownInteraction = 10062;
    public const int Unauthorized = 40001;
    public const int RequestEntityTooLarge = 40005;
    public const int AlreadyAcknowledged = 40060;
    public const int MissingAccess = 50001;
    public const int CannotSendEmptyMessage = 50006;

    /// <summary>The user does not take DMs from the bot (closed DMs, no shared server, or blocked).</summary>
    public const int CannotSendToUser = 50007;
    public const int MissingPermissions = 50013;
    public const int InvalidFormBody = 50035;

    /// <summary>The channel is gone or PaperBot may not post there: retrying will not help.</summary>
    public static bool IsChannelUnavailable(int code) => code is UnknownChannel or MissingAccess or MissingPermissions;
}
