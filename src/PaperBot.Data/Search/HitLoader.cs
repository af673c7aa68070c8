using System.Globalization;
using PaperBot.Core.Papers;
using PaperBot.Core.Text;
using PaperBot.Data.Papers;
using SQLite;

namespace PaperBot.Data.Search;

/// <summary>Turns ranked paper ids into <see cref="PaperHit"/>s, in the given order, with a snippet for the given words.</summary>
internal static class HitLoader
{
    private const string RowsSql = """
        SELECT id AS Id, title AS Title, arxiv_id AS ArxivId, published_on AS PublishedOn, upvotes AS Upvotes, abstract AS Abstract, categories AS Categories
        FROM papers WHERE id IN (SELECT value FROM json_each(?))
        """;

    public static List<PaperHit> Load(SQLiteConnection connection, IReadOnlyList<(long Id, double Score)> ranked, IReadOnlyList<string> snippetWords)
    {
        if (ranked.Count == 0)
        {
            return [];
        }

        var json = "[" + string.Join(',', ranked.Select(r => r.Id.ToString(CultureInfo.InvariantCulture))) + "]";
        var rows = connection.Query<HitRow>(RowsSql, json).ToDictionary(r => r.Id);
        var hits = new List<PaperHit>(ranked.Count);
        foreach (var (id, score) in ranked)
        {
            if (rows.TryGetValue(id, out var row))
            {
                hits.Add(row.ToHit(score, snippetWords));
            }
        }

        return hits;
    }

}
