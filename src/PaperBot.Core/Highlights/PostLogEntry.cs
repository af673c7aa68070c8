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
    DateTimeOffset? NextAttemptAt);
