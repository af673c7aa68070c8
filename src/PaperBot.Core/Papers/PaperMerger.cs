namespace PaperBot.Core.Papers;

/// <summary>
/// Merges two descriptions of the same paper, keeping the richest metadata. Each field is chosen by a rule that
/// does not depend on which description came first, so ingesting files in any order gives the same row.
/// </summary>
public static class PaperMerger
{
    public static Paper Merge(Paper a, Paper b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new Paper
        {
            // Longer text is the fuller one (page dumps cut abstracts short); ties break by ordinal order.
            Title = Richer(a.Title, b.Title)!,
            Abstract = Richer(a.Abstract, b.Abstract)!,
            ArxivId = Richer(a.ArxivId, b.ArxivId),
            PublishedOn = Earliest(a.PublishedOn, b.PublishedOn),
            DailyDate = Earliest(a.DailyDate, b.DailyDate),
            Authors = a.Authors.Count >= b.Authors.Count ? a.Authors : b.Authors,
            AuthorCount = Max(Max(a.AuthorCount, b.AuthorCount), Math.Max(a.Authors.Count, b.Authors.Count) is var n && n > 0 ? n : null),
            Organization = Richer(a.Organization, b.Organization),
            Upvotes = Max(a.Upvotes, b.Upvotes),
            GithubUrl = Richer(a.GithubUrl, b.GithubUrl),
            ProjectUrl = Richer(a.ProjectUrl, b.ProjectUrl),
            SourceSummary = Richer(a.SourceSummary, b.SourceSummary),
            Keywords = a.Keywords.Count >= b.Keywords.Count ? a.Keywords : b.Keywords,
            Categories = UnionCategories(a.Categories, b.Categories),
        };
    }

    // Every category either side knows; the fuller list leads, so its primary category stays first.
    private static IReadOnlyList<string> UnionCategories(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (b.Count == 0 || SameItems(a, b))
        {
            return a;
        }

        if (a.Count == 0)
        {
            return b;
        }

        var aLeads = a.Count != b.Count ? a.Count > b.Count : string.CompareOrdinal(string.Join(' ', a), string.Join(' ', b)) <= 0;
        var (lead, rest) = aLeads ? (a, b) : (b, a);
        return lead.Concat(rest.Where(c => !lead.Contains(c))).ToArray();
    }

    private static bool SameItems(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        ReferenceEquals(a, b) || (a.Count == b.Count && a.SequenceEqual(b, StringComparer.Ordinal));

    private static string? Richer(string? a, string? b)
    {
        if (string.IsNullOrWhiteSpace(a))
        {
            return string.IsNullOrWhiteSpace(b) ? a ?? b : b;
        }

        if (string.IsNullOrWhiteSpace(b) || a.Length > b.Length)
        {
            return a;
        }

        return b.Length > a.Length || string.CompareOrdinal(b, a) < 0 ? b : a;
    }

    private static DateOnly? Earliest(DateOnly? a, DateOnly? b) =>
        a is null ? b : b is null ? a : (a < b ? a : b);

    private static int? Max(int? a, int? b) =>
        a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);
}
