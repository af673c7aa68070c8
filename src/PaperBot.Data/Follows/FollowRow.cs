using PaperBot.Core.Follows;
using PaperBot.Data.Highlights;

namespace PaperBot.Data.Follows;

/// <summary>A row of <c>follows</c>, as sqlite-net reads it.</summary>
internal sealed class FollowRow
{
    public const string Columns = """
        id AS Id, member_id AS MemberId, kind AS Kind, text AS Text, period AS Period, paused_reason AS PausedReason, created_at AS CreatedAt
        """;

    public long Id { get; set; }

    public string MemberId { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Text { get; set; } = "";

    public string Period { get; set; } = "";

    public string? PausedReason { get; set; }

    public string CreatedAt { get; set; } = "";

    public Follow ToFollow() => new(
        Id,
        MemberId,
        Enum.Parse<FollowKind>(Kind, ignoreCase: true),
        Text,
        Enum.Parse<DigestPeriod>(Period, ignoreCase: true),
        StoredTime.Parse(CreatedAt),
        PausedReason);
}
