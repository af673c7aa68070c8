using PaperBot.Core.Papers;
using PaperBot.Core.Text;
using PaperBot.Data.Database;
using PaperBot.Data.Search;

namespace PaperBot.Data.Papers;

/// <summary>
/// Papers of a date range (the Hugging Face daily date, else the publication date), optionally on a topic
/// (an FTS match, every word required), most upvoted first. Score is the upvote count.
/// </summary>
internal sealed class SqliteRecentPapers(SqliteDatabase database) : IRecentPapers
{
    // A scan of papers in the range: highlights are asked for a few times a day, and an index on the date
    // expression would cost every ingest.
    private const string RangeSql = """
        SELECT id AS Id, title AS Title, arxiv_id AS ArxivId, published_on AS PublishedOn, upvotes AS Upvotes, abstract AS Abstract
        FROM papers
        WHERE coalesce(daily_date, published_on) BETWEEN ?1 AND ?2
          AND (?3 IS NULL OR id IN (SELECT rowid FROM papers_fts WHERE papers_fts MATCH ?3))
        ORDER BY coalesce(upvotes, 0) DESC, coalesce(daily_date, published_on) DESC, id DESC
        LIMIT ?4
        """;

    public Task<IReadOnlyList<PaperHit>> ListAsync(DateOnly from, DateOnly to, string? topic, int top, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var match = string.IsNullOrWhiteSpace(topic) ? null : FtsQuery.Parse(topic);
        if (top <= 0 || to < from || (match is null && !string.IsNullOrWhiteSpace(topic)))
        {
            // A topic with no searchable word matches nothing rather than everything.
            return Task.FromResult<IReadOnlyList<PaperHit>>([]);
        }

        var rows = database.Read(c => c.Query<HitRow>(
            RangeSql, PaperRowMapper.FormatDate(from), PaperRowMapper.FormatDate(to), match?.AllTerms, Math.Min(top, SqlitePaperSearch.MaxTop)));
        var words = match?.Words ?? [];
        IReadOnlyList<PaperHit> hits = rows
            .Select(r => r.ToHit(score: r.Upvotes ?? 0, words))
            .ToList();
        return Task.FromResult(hits);
    }

}
