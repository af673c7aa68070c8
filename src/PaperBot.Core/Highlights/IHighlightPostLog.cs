namespace PaperBot.Core.Highlights;

/// <summary>
/// The durable record that makes each (subscription, local day) post happen once: an entry is written in state
/// <see cref="PostState.Sending"/> before the message goes out and updated after it, so a restart knows what to re-send.
/// </summary>
public interface IHighlightPostLog
{
    Task<PostLogEntry?> GetAsync(long subscriptionId, DateOnly day, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the post for this process and marks it as being sent (counting the attempt); returns the entry, whose nonce
    /// is the one first written. An entry already <see cref="PostState.Sent"/> or <see cref="PostState.Skipped"/>, or one
    /// another process is sending within its lease (<see cref="PostLogEntry.ClaimedElsewhere"/>), is returned unchanged:
    /// do not send. The claim is the database's, so it holds across processes; it ends with the entry's next mark.
    /// </summary>
    Task<PostLogEntry> BeginAsync(long subscriptionId, DateOnly day, string nonce, IReadOnlyList<long> paperIds, CancellationToken cancellationToken);

    /// <summary>Marks the entry sent and remembers its papers as posted to <paramref name="channelId"/> (see <see cref="IPostedPapers"/>).</summary>
    Task MarkSentAsync(long entryId, string channelId, string? messageId, IReadOnlyList<long> paperIds, CancellationToken cancellationToken);

    /// <summary>Marks the entry failed: retried at <paramref name="retryAt"/>, or not again when it is <c>null</c>.</summary>
    Task MarkFailedAsync(long entryId, string reason, DateTimeOffset? retryAt, CancellationToken cancellationToken);

    /// <summary>Records that the day is not posted (unless it already was), with the reason.</summary>
    Task SkipAsync(long subscriptionId, DateOnly day, string nonce, string reason, CancellationToken cancellationToken);

    /// <summary>The subscription's entries, newest day first.</summary>
    Task<IReadOnlyList<PostLogEntry>> ListAsync(long subscriptionId, CancellationToken cancellationToken);
}
