namespace PaperBot.Benchmarks.Search;

/// <summary>What CompleteTitleAsync derives from typed text before it queries, computed once, outside the timing.</summary>
internal sealed record TypedPrefix(string Normalized, string? UpperBound, string? WordsQuery)
{
    public static TypedPrefix From(string typed)
    {
        var normalized = PaperBot.Core.Text.TitleNormalizer.Normalize(typed);
        return normalized.Length == 0
            ? new TypedPrefix(normalized, null, null)
            : new TypedPrefix(normalized, PaperBotSql.UpperBound(normalized), PaperBotSql.TitleWordsQuery(normalized));
    }
}
