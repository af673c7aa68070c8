using Microsoft.Extensions.Options;
using PaperBot.Core.Papers;
using PaperBot.Data.Database;
using PaperBot.Data.Search;
using PaperBot.Retrieval.Search;
using PaperBot.Retrieval.Topics;
using PaperBot.Retrieval.Vectors;

namespace PaperBot.Data.Papers;

/// <summary>
/// Papers of a date range (the Hugging Face daily date, else the publication date), optionally on a topic, most
/// upvoted first. Score is the upvote count. A paper is on the topic when it has every word of it (FTS) or, when the
/// embedding model has vectors, when its vector is within <see cref="SearchOptions.TopicSimilarity"/> of the topic's
/// (<see cref="TopicMatch"/>): so "decentralized training" finds papers about training across poorly connected machines
/// in other words.
/// </summary>
internal sealed class SqliteRecentPapers(SqliteDatabase database, DenseNeighbours? dense = null, IOptions<SearchOptions>? options = null)
    : IRecentPapers, ITopicPapers
{
    // A scan of papers in the range: highlights are asked for a few times a day, and an index on the date
    // expression would cost every ingest.
    private const string RangeSql = """
        SELECT id AS Id, title AS Title, arxiv_id AS ArxivId, published_on AS PublishedOn, upvotes AS Upvotes, abstract AS Abstract, categories AS Categories
        FROM papers
        WHERE coalesce(daily_date, published_on) BETWEEN ?1 AND ?2
          AND (?3 IS NULL OR id IN (SELECT rowid FROM papers_fts WHERE papers_fts MATCH ?3))
        ORDER BY coalesce(upvotes, 0) DESC, coalesce(daily_date, published_on) DESC, id DESC
        LIMIT ?4
        """;

    private const string DaysSql = """
        SELECT id AS Id, coalesce(daily_date, published_on) AS Day FROM papers WHERE id IN (SELECT value FROM json_each(?))
        """;

    public Task<IReadOnlyList<PaperHit>> ListAsync(DateOnly from, DateOnly to, string? topic, int top, CancellationToken cancellationToken) =>
        MatchAsync(from, to, topic, Math.Min(top, SqlitePaperSearch.MaxTop), cancellationToken);

    public Task<IReadOnlyList<PaperHit>> ListAllAsync(DateOnly from, DateOnly to, string topic, CancellationToken cancellationToken) =>
        MatchAsync(from, to, topic, TopicMatch.MaxSemanticCandidates, cancellationToken);

    public Task<IReadOnlyDictionary<long, DateOnly>> DaysAsync(IReadOnlyCollection<long> paperIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paperIds);
        cancellationToken.ThrowIfCancellationRequested();
        var json = "[" + string.Join(',', paperIds) + "]";
        IReadOnlyDictionary<long, DateOnly> days = database.Read(c => c.Query<DayRow>(DaysSql, json))
            .Where(r => PaperRowMapper.ParseDate(r.Day) is not null)
            .ToDictionary(r => r.Id, r => PaperRowMapper.ParseDate(r.Day)!.Value);
        return Task.FromResult(days);
    }

    private async Task<IReadOnlyList<PaperHit>> MatchAsync(DateOnly from, DateOnly to, string? topic, int top, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var match = string.IsNullOrWhiteSpace(topic) ? null : FtsQuery.Parse(topic);
        if (top <= 0 || to < from || (match is null && !string.IsNullOrWhiteSpace(topic)))
        {
            // A topic with no searchable word matches nothing rather than everything.
            return [];
        }

        var threshold = options?.Value.TopicSimilarity ?? 0;
        if (match is not null && threshold > 0 && dense is not null && await dense.QueryVectorAsync(topic!, cancellationToken) is { } unit)
        {
            return ListByMeaning(from, to, match, unit, threshold, top);
        }

        var rows = database.Read(c => c.Query<HitRow>(
            RangeSql, PaperRowMapper.FormatDate(from), PaperRowMapper.FormatDate(to), match?.AllTerms, top));
        var words = match?.Words ?? [];
        return [.. rows.Select(r => r.ToHit(score: r.Upvotes ?? 0, words))];
    }

    private List<PaperHit> ListByMeaning(DateOnly from, DateOnly to, FtsQuery match, float[] query, double threshold, int top)
    {
        var (fromText, toText) = (PaperRowMapper.FormatDate(from), PaperRowMapper.FormatDate(to));
        var unit = TopicMatch.Refine(dense!, query, database.Read(c => FtsCandidates.Ids(c, match.AllTerms, TopicMatch.TopicSeeds)));
        var (rows, wordedRows) = database.Read(c => (
            c.Query<HitRow>(RangeSql, fromText, toText, null, TopicMatch.MaxSemanticCandidates),
            c.Query<HitRow>(RangeSql, fromText, toText, match.AllTerms, TopicMatch.MaxSemanticCandidates)));
        return [.. TopicMatch.OnTopic(dense!, unit, threshold, rows, wordedRows, r => r.Id)
            .Take(top)
            .Select(r => r.ToHit(score: r.Upvotes ?? 0, match.Words))];
    }

    /// <summary>A paper's id and the day it counts on, as sqlite-net maps them.</summary>
    private sealed class DayRow
    {
        public long Id { get; set; }

        public string? Day { get; set; }
    }
}
