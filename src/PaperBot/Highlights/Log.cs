using Microsoft.Extensions.Logging;

namespace PaperBot.Highlights;

/// <summary>The daily highlights' log messages, source-generated (ids 100-199).</summary>
internal static partial class Log
{
    [LoggerMessage(101, LogLevel.Information, "Posted the highlights of {Day} to channel {ChannelId} (subscription {SubscriptionId}, message {MessageId}, attempt {Attempt})")]
    public static partial void Posted(ILogger logger, DateOnly day, string channelId, long subscriptionId, string? messageId, int attempt);

    [LoggerMessage(102, LogLevel.Information, "Posting the highlights of {Day} to channel {ChannelId} late (subscription {SubscriptionId}): they were due at {DueAt}")]
    public static partial void PostingLate(ILogger logger, DateOnly day, string channelId, long subscriptionId, DateTimeOffset dueAt);

    [LoggerMessage(103, LogLevel.Warning, "Skipped the highlights of {Day} for channel {ChannelId} (subscription {SubscriptionId}): {Reason}")]
    public static partial void Skipped(ILogger logger, DateOnly day, string channelId, long subscriptionId, string reason);

    [LoggerMessage(104, LogLevel.Warning, "Could not post the highlights of {Day} to channel {ChannelId} (subscription {SubscriptionId}, attempt {Attempt}): {Reason}; trying again at {RetryAt}")]
    public static partial void WillRetry(ILogger logger, DateOnly day, string channelId, long subscriptionId, int attempt, string reason, DateTimeOffset retryAt);

    [LoggerMessage(105, LogLevel.Error, "Gave up posting the highlights of {Day} to channel {ChannelId} (subscription {SubscriptionId}) after {Attempt} attempt(s): {Reason}")]
    public static partial void GaveUp(ILogger logger, DateOnly day, string channelId, long subscriptionId, int attempt, string reason);

    [LoggerMessage(106, LogLevel.Warning, "Paused subscription {SubscriptionId} of channel {ChannelId}: {Reason}")]
    public static partial void Paused(ILogger logger, long subscriptionId, string channelId, string reason);

    [LoggerMessage(107, LogLevel.Error, "The highlight scheduler could not read or write its state ({Reason}); looking again at {RetryAt}")]
    public static partial void StateUnavailable(ILogger logger, string reason, DateTimeOffset retryAt);

    [LoggerMessage(108, LogLevel.Error, "Subscription {SubscriptionId} of channel {ChannelId} failed unexpectedly ({ExceptionType}: {Reason})")]
    public static partial void SubscriptionFailed(ILogger logger, long subscriptionId, string channelId, string exceptionType, string reason);

    [LoggerMessage(109, LogLevel.Information, "Re-sending the highlights of {Day} to channel {ChannelId} with nonce {Nonce}: the last send was interrupted")]
    public static partial void Resending(ILogger logger, DateOnly day, string channelId, string nonce);
}
