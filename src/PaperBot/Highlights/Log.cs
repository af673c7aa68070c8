using Microsoft.Extensions.Logging;

namespace PaperBot.Highlights;

/// <summary>The daily highlights' log messages, source-generated (ids 300-399; the host's ids are 100-999, one hundred per feature: corpus 100s, Hugging Face 200s, embeddings 400s, follows 600s, search 700s).</summary>
internal static partial class Log
{
    [LoggerMessage(301, LogLevel.Information, "Posted the highlights of {Day} to channel {ChannelId} (subscription {SubscriptionId}, message {MessageId}, attempt {Attempt})")]
    public static partial void Posted(ILogger logger, DateOnly day, string channelId, long subscriptionId, string? messageId, int attempt);

    [LoggerMessage(302, LogLevel.Information, "Posting the highlights of {Day} to channel {ChannelId} late (subscription {SubscriptionId}): they were due at {DueAt}")]
    public static partial void PostingLate(ILogger logger, DateOnly day, string channelId, long subscriptionId, DateTimeOffset dueAt);

    [LoggerMessage(303, LogLevel.Warning, "Skipped the highlights of {Day} for channel {ChannelId} (subscription {SubscriptionId}): {Reason}")]
    public static partial void Skipped(ILogger logger, DateOnly day, string channelId, long subscriptionId, string reason);

    [LoggerMessage(304, LogLevel.Warning, "Could not post the highlights of {Day} to channel {ChannelId} (subscription {SubscriptionId}, attempt {Attempt}): {Reason}; trying again at {RetryAt}")]
    public static partial void WillRetry(ILogger logger, DateOnly day, string channelId, long subscriptionId, int attempt, string reason, DateTimeOffset retryAt);

    [LoggerMessage(305, LogLevel.Error, "Gave up posting the highlights of {Day} to channel {ChannelId} (subscription {SubscriptionId}) after {Attempt} attempt(s): {Reason}")]
    public static partial void GaveUp(ILogger logger, DateOnly day, string channelId, long subscriptionId, int attempt, string reason);

    [LoggerMessage(306, LogLevel.Warning, "Paused subscription {SubscriptionId} of channel {ChannelId}: {Reason}")]
    public static partial void Paused(ILogger logger, long subscriptionId, string channelId, string reason);

    [LoggerMessage(307, LogLevel.Error, "The highlight scheduler could not read or write its state ({Reason}); looking again at {RetryAt}")]
    public static partial void StateUnavailable(ILogger logger, string reason, DateTimeOffset retryAt);

    [LoggerMessage(308, LogLevel.Error, "Subscription {SubscriptionId} of channel {ChannelId} failed unexpectedly ({ExceptionType}: {Reason})")]
    public static partial void SubscriptionFailed(ILogger logger, long subscriptionId, string channelId, string exceptionType, string reason);

    [LoggerMessage(309, LogLevel.Information, "Re-sending the highlights of {Day} to channel {ChannelId} with nonce {Nonce}: the last send was interrupted")]
    public static partial void Resending(ILogger logger, DateOnly day, string channelId, string nonce);
}
