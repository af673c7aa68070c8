using PaperBot.Retrieval.Vectors;
using PaperBot.Retrieval.Search;
using PaperBot.Core.Papers;
using PaperBot.Core.Text;
using PaperBot.Data.Database;
using PaperBot.Data.Search;
using PaperBot.Data.Vectors;
using Microsoft.Extensions.Options;
using PaperBot.Core.Papers.Vectors;

namespace PaperBot.Data.Papers;

/// <summary>
/// Papers of a date range (the Hugging Face daily date, else the publication date), optionally on a topic, most
/// upvoted first. Score is the upvote count. A paper is on the topic when it has every word of it (FTS) or, when the
/// embedding model has vectors, when its vector is within <see cref="SearchOptions.TopicSimilarity"/> of the topic's:
/// so "decentralized training" finds papers about training across poorly connected machines in other words.
/// </summary>
internal sealed class SqliteRecentPapers(SqliteDatabase database, DenseNeighbours? dense = null, IOptions<SearchOptions>? options = null) : IRecentPapers
{
    /// <summary>Papers of the range a topic is matched against by meaning at most (the most upvoted first).</summary>
    public const int MaxSemanticCandidates = 5000;

    /// <summary>Papers that stand for a topic when its vector is refined (see <c>TopicVector</c>), from each side.</summary>
    public const int TopicSeeds = 3;

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

    public Task<IReadOnlyList<PaperHit>> ListAsync(DateOnly from, DateOnly to, string? topic, int top, CancellationToken cancellationToken) =>
        MatchAsync(from, to, topic, Math.Min(top, SqlitePaperSearch.MaxTop), cancellationToken);

    /// <summary>
    /// Every paper of the range on the topic, by the same rule, up to <see cref="MaxSemanticCandidates"/> (for counting
    /// them, as trends do), most upvoted first.
    /// </summary>
    internal Task<IReadOnlyList<PaperHit>> ListAllAsync(DateOnly from, DateOnly to, string topic, CancellationToken cancellationToken) =>
        MatchAsync(from, to, topic, MaxSemanticCandidates, cancellationToken);

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
        var unit = TopicVector(match, query);
        var (rows, wordedRows) = database.Read(c => (
            c.Query<HitRow>(RangeSql, fromText, toText, null, MaxSemanticCandidates),
            c.Query<HitRow>(RangeSql, fromText, toText, match.AllTerms, MaxSemanticCandidates)));
        var worded = wordedRows.Select(r => r.Id).ToHashSet();
        var candidates = rows.Select(r => r.Id).ToHashSet();
        var similar = dense!.Similarities(unit, rows.Where(r => !worded.Contains(r.Id)).Select(r => r.Id));
        // Both lists are in the same order; a paper with the words beyond the first candidates ranks after all of them.
        return [.. rows
            .Where(r => worded.Contains(r.Id) || similar.GetValueOrDefault(r.Id) >= threshold)
            .Concat(wordedRows.Where(r => !candidates.Contains(r.Id)))
            .Take(top)
            .Select(r => r.ToHit(score: r.Upvotes ?? 0, match.Words))];
    }

    /// <summary>
    /// A two-word topic is a weak query for the model, so the topic's vector is moved towards the papers that best stand
    /// for it across the whole corpus (the nearest ones and those with its words; pseudo-relevance feedback): papers are
    /// then compared with papers, which the model does far better.
    /// </summary>
    private float[] TopicVector(FtsQuery match, float[] query)
    {
        var seeds = dense!.NearestToVector(query, TopicSeeds)
            .Concat(database.Read(c => FtsCandidates.Ids(c, match.AllTerms, TopicSeeds)))
            .Distinct()
            .Select(dense.PaperVector)
            .OfType<float[]>()
            .Where(v => v.Length == query.Length)
            .ToList();
        if (seeds.Count == 0)
        {
            return query;
        }

        var moved = (float[])query.Clone();
        foreach (var seed in seeds)
        {
            System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(seed, 1f / seeds.Count, moved, moved);
        }

        return UnitVectors.Normalize(moved);
    }

}
