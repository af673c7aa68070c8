using Microsoft.Extensions.Logging;

namespace PaperBot.Discord;

/// <summary>The bot's log messages (ids 3100-3139; the ranges are listed in Log.cs). No token, no message text above Debug.</summary>
internal static partial class Log
{
    [LoggerMessage(3100, LogLevel.Error, "Handling interaction {Name} ({InteractionId}) failed; the member got a short apology")]
    public static partial void InteractionFailed(ILogger logger, string name, string interactionId, Exception exception);

    [LoggerMessage(3101, LogLevel.Warning, "Interaction {InteractionId} expired before PaperBot answered ({Age} after it was created)")]
    public static partial void InteractionExpired(ILogger logger, string interactionId, TimeSpan age);

    [LoggerMessage(3102, LogLevel.Information, "Slash commands are up to date ({Count} commands, {Scope})")]
    public static partial void CommandsUnchanged(ILogger logger, int count, string scope);

    [LoggerMessage(3103, LogLevel.Information, "Registered {Count} slash commands ({Scope})")]
    public static partial void CommandsRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(3104, LogLevel.Warning, "Could not register the slash commands: {Reason}")]
    public static partial void CommandsRegistrationFailed(ILogger logger, string reason);

    [LoggerMessage(3105, LogLevel.Information, "Connected to Discord as {User} ({UserId})")]
    public static partial void Ready(ILogger logger, string user, string userId);

    [LoggerMessage(3106, LogLevel.Critical, "Discord connection stopped for good: {Reason}")]
    public static partial void Fatal(ILogger logger, string reason);

    [LoggerMessage(3107, LogLevel.Error, "Answering a message in channel {ChannelId} failed")]
    public static partial void ChatFailed(ILogger logger, string channelId, Exception exception);

    [LoggerMessage(3108, LogLevel.Debug, "Ignored a duplicate {Kind} {Id}")]
    public static partial void Duplicate(ILogger logger, string kind, string id);

    [LoggerMessage(3109, LogLevel.Warning, "Could not read a {Event} event: {Reason}")]
    public static partial void BadEvent(ILogger logger, string @event, string reason);

    [LoggerMessage(3110, LogLevel.Warning, "Posting highlights to channel {ChannelId} failed: {Reason}")]
    public static partial void PublishFailed(ILogger logger, string channelId, string reason);

    [LoggerMessage(3111, LogLevel.Warning, "Highlights posted to channel {ChannelId}, but not remembered as its papers shown last: \"the second one\" there still means the papers before")]
    public static partial void PostNotRemembered(ILogger logger, string channelId, Exception failure);
}
