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
    DateTimeOffset? NextAttemptAt)
{
    /// <summary>
    /// While <see cref="PostState.Sending"/> on a store shared by several processes: when the sending process's claim
    /// lapses (see <see cref="PostClaimLease"/>). <c>null</c> otherwise, and always on the SQLite file.
    /// </summary>
    public DateTimeOffset? ClaimedUntil { get; init; }

    /// <summary>
    /// Set by <see cref="IDigestLog.BeginAsync"/> when another process holds the claim and its lease has not lapsed:
    /// the digest is being sent elsewhere, so do not send (look again once <see cref="ClaimedUntil"/> has passed).
    /// </summary>
    public bool ClaimedElsewhere { get; init; }
}
