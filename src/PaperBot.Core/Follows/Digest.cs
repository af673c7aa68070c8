namespace PaperBot.Core.Follows;

/// <summary>A member's digest for one period: the new papers that match their follows, best first.</summary>
public sealed record Digest(string MemberId, DigestPeriod Period, string PeriodKey, IReadOnlyList<DigestItem> Items)
{
    public bool IsEmpty => Items.Count == 0;
}
