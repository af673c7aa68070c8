using Microsoft.Extensions.Logging;

namespace PaperBot.Follows;

/// <summary>Follow digests' log messages, source-generated (ids 600-619). No member names or paper text above Debug.</summary>
internal static partial class Log
{
    [LoggerMessage(601, LogLevel.Information, "Sent the {PeriodKey} follow digest to member {MemberId} ({Papers} papers, message {MessageId}, attempt {Attempt})")]
    public static partial void DigestSent(ILogger logger, string periodKey, string memberId, int papers, string? messageId, int attempt);

    [LoggerMessage(602, LogLevel.Warning, "Paused the follows of member {MemberId}: {Reason}")]
    public static partial void FollowsPaused(ILogger logger, string memberId, string reason);

    [LoggerMessage(603, LogLevel.Warning, "Could not send the {PeriodKey} follow digest to member {MemberId} (attempt {Attempt}): {Reason}; next try {RetryAt}")]
    public static partial void DigestFailed(ILogger logger, string periodKey, string memberId, int attempt, string reason, DateTimeOffset? retryAt);

    [LoggerMessage(604, LogLevel.Error, "The follow digest of member {MemberId} failed unexpectedly ({ExceptionType}: {Reason})")]
    public static partial void DigestError(ILogger logger, string memberId, string exceptionType, string reason);

    [LoggerMessage(605, LogLevel.Error, "The digest scheduler could not read its state ({Reason}); looking again at {RetryAt}")]
    public static partial void DigestStateUnavailable(ILogger logger, string reason, DateTimeOffset retryAt);

    [LoggerMessage(606, LogLevel.Information, "Re-sending the {PeriodKey} follow digest to member {MemberId} with nonce {Nonce}: the last send was interrupted")]
    public static partial void DigestResending(ILogger logger, string periodKey, string memberId, string nonce);
}
