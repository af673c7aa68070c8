using PaperBot.Core.Papers;
using PaperBot.Data.Papers;

namespace PaperBot.Data.Search.Filters;

/// <summary>
/// A <see cref="SearchFilter"/> as one SELECT of the paper ids it lets through, with its parameters: categories read
/// the <c>paper_categories</c> primary key (a prefix such as <c>cs.</c> is a range on it), dates the
/// <c>published_on</c> index. Knows nothing of how papers are scored, so any ranking can use it as
/// <c>id IN (...)</c>, or through <see cref="AllowedPapers"/> as a set.
/// </summary>
internal sealed record AllowedIdsSql(string Sql, IReadOnlyList<object> Args)
{
    public static AllowedIdsSql For(SearchFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var args = new List<object>();
        var conditions = new List<string>();
        var categories = CategoryCondition(filter.Categories, "c.category", args);
        if (categories is not null)
        {
            conditions.Add(categories);
        }

        if (filter.Since is { } since)
        {
            conditions.Add("p.published_on >= ?");
            args.Add(PaperRowMapper.FormatDate(since)!);
        }

        if (filter.Until is { } until)
        {
            conditions.Add("p.published_on <= ?");
            args.Add(PaperRowMapper.FormatDate(until)!);
        }

        // A paper without a date has NULL published_on, which no comparison lets through.
        var from = (categories, filter.Since ?? filter.Until) switch
        {
            (null, _) => "SELECT p.id FROM papers AS p",
            (_, null) => "SELECT c.paper_id FROM paper_categories AS c",
            _ => "SELECT c.paper_id FROM paper_categories AS c JOIN papers AS p ON p.id = c.paper_id",
        };
        return new AllowedIdsSql(conditions.Count == 0 ? from : $"{from} WHERE {string.Join(" AND ", conditions)}", args);
    }

    /// <summary><c>(category = ? OR (category &gt;= ? AND category &lt; ?))</c>: exact names and prefixes; null for none.</summary>
    private static string? CategoryCondition(IReadOnlyList<string> categories, string column, List<object> args)
    {
        if (categories.Count == 0)
        {
            return null;
        }

        var parts = new List<string>(categories.Count);
        foreach (var category in categories)
        {
            if (category.EndsWith('.'))
            {
                parts.Add($"({column} >= ? AND {column} < ?)");
                args.Add(category);
                args.Add(category[..^1] + (char)(category[^1] + 1));
            }
            else
            {
                parts.Add($"{column} = ?");
                args.Add(category);
            }
        }

        return "(" + string.Join(" OR ", parts) + ")";
    }
}
