using Microsoft.Extensions.Logging;

namespace PaperBot.Discord;

/// <summary>Votes, bookmarks and paper messages (event ids 3140-3179).</summary>
internal static partial class Log
{
    [LoggerMessage(3140, LogLevel.Warning, "Could not record paper message {MessageId}: reactions on it will count for nothing")]
    public static partial void PaperMessageNotRecorded(ILogger logger, string messageId, Exception exception);

    [LoggerMessage(3141, LogLevel.Error, "Handling a {Emoji} reaction on message {MessageId} failed")]
    public static partial void ReactionFailed(ILogger logger, string emoji, string messageId, Exception exception);

    [LoggerMessage(3142, LogLevel.Debug, "{Action} for message {MessageId}: {Outcome}")]
    public static partial void ReactionHandled(ILogger logger, string action, string messageId, string outcome);
}
