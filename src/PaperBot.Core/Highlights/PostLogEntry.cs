namespace PaperBot.Core.Highlights;

/// <summary>One subscription's post for one local day, as the post log keeps it.</summary>
public sealed record PostLogEntry(
    long Id,
    long SubscriptionId,
    DateOnly Day,
    string Nonce,
    PostState State,
    string? MessageId,
    int Attempts,
    string? Reason,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? NextAttemptAt)
{
    /// <summary>
    /// While <see cref="PostState.Sending"/>: when the sending process's claim lapses (see <see cref="PostClaimLease"/>),
    /// after which another process may take the post over and re-send it with the same nonce. <c>null</c> otherwise.
    /// </summary>
    public DateTimeOffset? ClaimedUntil { get; init; }

    /// <summary>
    /// Set by <see cref="IHighlightPostLog.BeginAsync"/> when another process holds the claim and its lease has not
    /// lapsed: the entry is being sent elsewhere, so do not send.
    /// </summary>
    public bool ClaimedElsewhere { get; init; }
}
