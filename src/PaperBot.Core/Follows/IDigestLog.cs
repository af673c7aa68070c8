using PaperBot.Core.Highlights;

namespace PaperBot.Core.Follows;

/// <summary>
/// The durable record that makes each (member, period) digest happen once, like <see cref="IHighlightPostLog"/>: an
/// entry is written in <see cref="PostState.Sending"/> with its papers before the DM goes out, so a restart re-sends
/// the same papers with the same nonce.
/// </summary>
public interface IDigestLog
{
    Task<DigestLogEntry?> GetAsync(string memberId, string periodKey, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the digest as being sent (counting the attempt). An entry already <see cref="PostState.Sending"/> or
    /// <see cref="PostState.Failed"/> keeps its nonce and papers; one <see cref="PostState.Sent"/> or
    /// <see cref="PostState.Skipped"/> is returned unchanged: do not send.
    /// </summary>
    Task<DigestLogEntry> BeginAsync(string memberId, string periodKey, string nonce, IReadOnlyList<long> paperIds, CancellationToken cancellationToken);

    Task MarkSentAsync(long entryId, string? messageId, CancellationToken cancellationToken);

    /// <summary>Marks the entry failed: retried at <paramref name="retryAt"/>, or not again when it is <c>null</c>.</summary>
    Task MarkFailedAsync(long entryId, string reason, DateTimeOffset? retryAt, CancellationToken cancellationToken);

    /// <summary>Records that the period has no digest (nothing new), unless it was sent already.</summary>
    Task SkipAsync(string memberId, string periodKey, string nonce, string reason, CancellationToken cancellationToken);

    /// <summary>The papers already sent to the member in digests since <paramref name="since"/>, so no paper comes twice.</summary>
    Task<IReadOnlySet<long>> SentPaperIdsAsync(string memberId, DateTimeOffset since, CancellationToken cancellationToken);
}
