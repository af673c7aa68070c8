using SQLite;

namespace PaperBot.Data.Search;

/// <summary>Paper ids for an FTS5 MATCH expression, best BM25 first: the candidate lists that vector ranking starts from.</summary>
internal static class FtsCandidates
{
    private const string IdsSql = "SELECT rowid FROM papers_fts WHERE papers_fts MATCH ? ORDER BY rank LIMIT ?";

    public static List<long> Ids(SQLiteConnection connection, string? match, int limit) =>
        match is null || limit <= 0 ? [] : connection.QueryScalars<long>(IdsSql, match, limit);
}
