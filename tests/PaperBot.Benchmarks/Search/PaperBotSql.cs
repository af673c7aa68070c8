using System.Reflection;
using PaperBot.Data.Search;

namespace PaperBot.Benchmarks.Search;

/// <summary>
/// The SQL text and helpers SqlitePaperSearch runs, read from it by reflection so the bare queries can never drift
/// from PaperBot's: a renamed constant fails here, loudly, instead of comparing against a stale copy.
/// </summary>
internal static class PaperBotSql
{
    /// <summary>CompleteTitleAsync's query for empty input.</summary>
    public static string TopTitles { get; } = Constant("NewestTitlesSql");

    public static string Search { get; } = Constant("SearchSql");

    public static string TitlePrefix { get; } = Constant("TitlePrefixSql");

    public static string TitleWords { get; } = Constant("TitleWordsSql");

    /// <summary>SqlitePaperSearch.UpperBound: the end of the norm_title range for a prefix.</summary>
    public static string UpperBound(string normalizedPrefix) => (string)Call("UpperBound", normalizedPrefix)!;

    /// <summary>SqlitePaperSearch.TitleWordsQuery: the title-words MATCH expression, or null.</summary>
    public static string? TitleWordsQuery(string normalizedPrefix) => (string?)Call("TitleWordsQuery", normalizedPrefix);

    private static string Constant(string name) =>
        typeof(SqlitePaperSearch).GetField(name, BindingFlags.NonPublic | BindingFlags.Static)?.GetRawConstantValue() as string
        ?? throw new MissingFieldException(nameof(SqlitePaperSearch), name);

    private static object? Call(string name, string argument) =>
        (typeof(SqlitePaperSearch).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new MissingMethodException(nameof(SqlitePaperSearch), name)).Invoke(null, [argument]);
}
