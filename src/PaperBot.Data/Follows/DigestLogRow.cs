using PaperBot.Core.Follows;
using PaperBot.Core.Highlights;
using PaperBot.Data.Database;
using PaperBot.Data.Highlights;

namespace PaperBot.Data.Follows;

/// <summary>A row of <c>digest_posts</c>, as sqlite-net reads it.</summary>
internal sealed class DigestLogRow
{
    public const string Columns = """
        id AS Id, member_id AS MemberId, period_key AS PeriodKey, nonce AS Nonce, state AS State, paper_ids AS PaperIds,
        attempts AS Attempts, reason AS Reason, next_attempt_at AS NextAttemptAt
        """;

    public long Id { get; set; }

    public string MemberId { get; set; } = "";

    public string PeriodKey { get; set; } = "";

    public string Nonce { get; set; } = "";

    public string State { get; set; } = "";

    public string? PaperIds { get; set; }

    public int Attempts { get; set; }

    public string? Reason { get; set; }

    public string? NextAttemptAt { get; set; }

    public DigestLogEntry ToEntry() => new(
        Id,
        MemberId,
        PeriodKey,
        Nonce,
        Enum.Parse<PostState>(State, ignoreCase: true),
        StoredIds.Parse(PaperIds),
        Attempts,
        Reason,
        StoredTime.ParseOptional(NextAttemptAt));
}
