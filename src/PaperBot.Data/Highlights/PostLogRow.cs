using PaperBot.Core.Highlights;

namespace PaperBot.Data.Highlights;

/// <summary>A row of <c>highlight_posts</c>, as sqlite-net reads it.</summary>
internal sealed class PostLogRow
{
    public const string Columns = """
        id AS Id, subscription_id AS SubscriptionId, local_day AS LocalDay, nonce AS Nonce, state AS State, message_id AS MessageId,
        attempts AS Attempts, reason AS Reason, next_attempt_at AS NextAttemptAt, created_at AS CreatedAt, updated_at AS UpdatedAt,
        claimed_by AS ClaimedBy, claimed_until AS ClaimedUntil
        """;

    public long Id { get; set; }
    public long SubscriptionId { get; set; }
    public string LocalDay { get; set; } = "";
    public string Nonce { get; set; } = "";
    public string State { get; set; } = "";
    public string? MessageId { get; set; }
    public int Attempts { get; set; }
    public string? Reason { get; set; }
    public string? NextAttemptAt { get; set; }
    public string CreatedAt { get; set; } = "";
    public string UpdatedAt { get; set; } = "";
    public string? ClaimedBy { get; set; }
    public string? ClaimedUntil { get; set; }

    /// <summary>The state as stored: the enum name in lower case.</summary>
    public static string Format(PostState state) => state.ToString().ToLowerInvariant();

    /// <summary>The entry as <paramref name="owner"/> sees it at <paramref name="now"/>: claimed elsewhere when another process's lease still holds.</summary>
    public PostLogEntry ToEntry(string owner, DateTimeOffset now)
    {
        var entry = ToEntry();
        return entry with { ClaimedElsewhere = entry.ClaimedUntil > now && ClaimedBy is { } holder && holder != owner };
    }

    public PostLogEntry ToEntry() => new(
        Id,
        SubscriptionId,
        StoredTime.ParseDay(LocalDay),
        Nonce,
        Enum.Parse<PostState>(State, ignoreCase: true),
        MessageId,
        Attempts,
        Reason,
        StoredTime.Parse(CreatedAt),
        StoredTime.Parse(UpdatedAt),
        StoredTime.ParseOptional(NextAttemptAt))
    {
        ClaimedUntil = State == "sending" ? StoredTime.ParseOptional(ClaimedUntil) : null,
    };
}
