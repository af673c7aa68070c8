using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using PaperBot.Core.Papers;
using PaperBot.Core.Text;
using PaperBot.Postgres.Database;
using PaperBot.Postgres.Search;
using PaperBot.Retrieval.Search;
using PaperBot.Retrieval.Topics;
using PaperBot.Retrieval.Vectors;

namespace PaperBot.Postgres.Papers;

/// <summary>
/// Papers of a date range (the Hugging Face daily date, else the publication date), optionally on a topic, most
/// upvoted first; score is the upvote count. On the topic means what it means on SQLite (<see cref="TopicMatch"/>): every
/// word of it (here PostgreSQL's stemmed words), or close in meaning when the embedding model has vectors.
/// </summary>
internal sealed class PostgresRecentPapers(
    PostgresDatabase database, DenseNeighbours? dense = null, IOptions<SearchOptions>? options = null, WordFrequencies? frequencies = null)
    : IRecentPapers, ITopicPapers
{
    private readonly WordFrequencies _frequencies = frequencies ?? new WordFrequencies();

    private const string RangeSql = $"""
        SELECT {HitReader.Columns}
        FROM papers AS p
        WHERE coalesce(p.daily_date, p.published_on) BETWEEN @from AND @to
          AND (@topic IS NULL OR p.search @@ websearch_to_tsquery('english', @topic))
        ORDER BY coalesce(p.upvotes, 0) DESC, coalesce(p.daily_date, p.published_on) DESC, p.id DESC
        LIMIT @top
        """;

    private const string DaysSql = "SELECT id, coalesce(daily_date, published_on) FROM papers WHERE id = ANY(@ids) AND coalesce(daily_date, published_on) IS NOT NULL";

    public Task<IReadOnlyList<PaperHit>> ListAsync(DateOnly from, DateOnly to, string? topic, int top, CancellationToken cancellationToken) =>
        MatchAsync(from, to, topic, Math.Min(top, PostgresPaperSearch.MaxTop), cancellationToken);

    public Task<IReadOnlyList<PaperHit>> ListAllAsync(DateOnly from, DateOnly to, string topic, CancellationToken cancellationToken) =>
        MatchAsync(from, to, topic, TopicMatch.MaxSemanticCandidates, cancellationToken);

    public Task<IReadOnlyDictionary<long, DateOnly>> DaysAsync(IReadOnlyCollection<long> paperIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paperIds);
        return database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(connection, DaysSql).With("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint, paperIds.ToArray());
                await using var reader = await command.ExecuteReaderAsync(token);
                var days = new Dictionary<long, DateOnly>();
                while (await reader.ReadAsync(token))
                {
                    days[reader.GetInt64(0)] = reader.GetFieldValue<DateOnly>(1);
                }

                return (IReadOnlyDictionary<long, DateOnly>)days;
            },
            cancellationToken);
    }

    private async Task<IReadOnlyList<PaperHit>> MatchAsync(DateOnly from, DateOnly to, string? topic, int top, CancellationToken cancellationToken)
    {
        var text = string.IsNullOrWhiteSpace(topic) ? null : WordRanking.Clean(topic);
        var words = text is null ? [] : TextWords.Words(text);
        if (top <= 0 || to < from || (text is not null && words.Count == 0))
        {
            // A topic with no searchable word matches nothing rather than everything.
            return [];
        }

        var threshold = options?.Value.TopicSimilarity ?? 0;
        if (text is not null && threshold > 0 && dense is not null && await dense.QueryVectorAsync(text, cancellationToken) is { } query)
        {
            return await ListByMeaningAsync(from, to, text, words, query, threshold, top, cancellationToken);
        }

        return await database.RunAsync((connection, token) => RangeAsync(connection, from, to, text, top, words, token), cancellationToken);
    }

    private Task<IReadOnlyList<PaperHit>> ListByMeaningAsync(
        DateOnly from, DateOnly to, string topic, IReadOnlyList<string> words, float[] query, double threshold, int top, CancellationToken cancellationToken) =>
        database.RunAsync(
            async (connection, token) =>
            {
                var topicWords = await _frequencies.ForAsync(connection, topic, token);
                var seeds = await WordRanking.RankAsync(connection, topicWords, topic, TopicMatch.TopicSeeds, SearchFilter.None, anyTerm: false, token);
                var unit = TopicMatch.Refine(dense!, query, seeds.Select(s => s.Id));
                var rows = await RangeAsync(connection, from, to, null, TopicMatch.MaxSemanticCandidates, words, token);
                var worded = await RangeAsync(connection, from, to, topic, TopicMatch.MaxSemanticCandidates, words, token);
                return (IReadOnlyList<PaperHit>)[.. TopicMatch.OnTopic(dense!, unit, threshold, rows, worded, h => h.Id).Take(top)];
            },
            cancellationToken);

    private static async Task<IReadOnlyList<PaperHit>> RangeAsync(
        NpgsqlConnection connection, DateOnly from, DateOnly to, string? topic, int top, IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, RangeSql)
            .With("from", NpgsqlDbType.Date, from)
            .With("to", NpgsqlDbType.Date, to)
            .With("topic", NpgsqlDbType.Text, topic)
            .With("top", NpgsqlDbType.Integer, top);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var hits = new List<PaperHit>();
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(HitReader.Read(reader, reader.IsDBNull(4) ? 0 : reader.GetInt32(4), words));
        }

        return hits;
    }
}
