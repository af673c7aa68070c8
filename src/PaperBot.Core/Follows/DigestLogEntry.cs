using PaperBot.Core.Highlights;

namespace PaperBot.Core.Follows;

/// <summary>One member's digest for one period, as the digest log keeps it (states as in the highlight post log).</summary>
public sealed record DigestLogEntry(
    long Id,
    string MemberId,
    string PeriodKey,
    string Nonce,
    PostState State,
    IReadOnlyList<long> PaperIds,
    int Attempts,
    string? Reason,
    DateTimeOffset? NextAttemptAt);
