using PaperBot.Core.Papers;
using SQLite;

namespace PaperBot.Data.Search.Filters;

/// <summary>
/// BM25 among the papers a filter lets through: the FTS query of <see cref="SqlitePaperSearch"/> with the filter's ids
/// as one more condition, so the order among the allowed papers is the unfiltered order.
/// </summary>
internal static class FilteredBm25
{
    // "+rowid" keeps the id list out of FTS5's plan: as a plain rowid constraint SQLite runs the MATCH once per allowed
    // id (a million MATCH queries for "cs."); as an expression the ids become one temporary index checked per match.
    private const string RankedSql = """
        SELECT p.id AS Id, p.title AS Title, p.arxiv_id AS ArxivId, p.published_on AS PublishedOn,
               p.upvotes AS Upvotes, p.abstract AS Abstract, p.categories AS Categories, f.rank AS Rank
        FROM (SELECT rowid, rank FROM papers_fts WHERE papers_fts MATCH ? AND +rowid IN ({allowed}) ORDER BY rank LIMIT ?) AS f
        JOIN papers AS p ON p.id = f.rowid
        ORDER BY f.rank
        """;

    private const string IdsSql = "SELECT rowid FROM papers_fts WHERE papers_fts MATCH ? AND +rowid IN ({allowed}) ORDER BY rank LIMIT ?";

    /// <summary>The best <paramref name="top"/> allowed papers for the MATCH expression, as result rows.</summary>
    public static List<HitRow> Rows(SQLiteConnection connection, string match, int top, AllowedIdsSql allowed) =>
        connection.Query<HitRow>(RankedSql.Replace("{allowed}", allowed.Sql, StringComparison.Ordinal), [match, .. allowed.Args, top]);

    /// <summary>As <see cref="FtsCandidates.Ids"/>, among the allowed papers only.</summary>
    public static List<long> Ids(SQLiteConnection connection, string? match, int limit, AllowedIdsSql allowed) =>
        match is null || limit <= 0
            ? []
            : connection.QueryScalars<long>(IdsSql.Replace("{allowed}", allowed.Sql, StringComparison.Ordinal), [match, .. allowed.Args, limit]);

    /// <summary>The filtered BM25 search: every term first, any term when nothing matches them all.</summary>
    public static IReadOnlyList<PaperHit> Search(SQLiteConnection connection, FtsQuery parsed, int top, SearchFilter filter)
    {
        var allowed = AllowedIdsSql.For(filter);
        var rows = Rows(connection, parsed.AllTerms, top, allowed);
        if (rows.Count == 0 && parsed.HasAlternatives)
        {
            rows = Rows(connection, parsed.AnyTerm, top, allowed);
        }

        return [.. rows.Select(r => r.ToHit(score: -r.Rank, parsed.Words))];
    }
}
