using PaperBot.Core.Papers;
using SQLite;

namespace PaperBot.Data.Search.Filters;

/// <summary>
/// The set of paper ids a <see cref="SearchFilter"/> lets through: the seam any scorer filters by (the dense
/// neighbours of hybrid search today). Resolved once per search from indexes.
/// </summary>
internal static class AllowedPapers
{
    public static HashSet<long> Resolve(SQLiteConnection connection, SearchFilter filter)
    {
        var sql = AllowedIdsSql.For(filter);
        return [.. connection.QueryScalars<long>(sql.Sql, [.. sql.Args])];
    }
}
