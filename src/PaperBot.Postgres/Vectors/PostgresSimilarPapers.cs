using Microsoft.Extensions.Options;
using NpgsqlTypes;
using PaperBot.Core.Papers;
using PaperBot.Core.Text;
using PaperBot.Postgres.Database;
using PaperBot.Postgres.Search;
using PaperBot.Retrieval.Search;
using PaperBot.Retrieval.Vectors;

namespace PaperBot.Postgres.Vectors;

/// <summary>
/// Related work for a paper: the papers that share its most telling words (any of them, by <c>ts_rank</c>) and, when
/// dense embeddings exist, its nearest neighbours, fused by weighted reciprocal rank (the <c>Related*</c> weights of
/// <see cref="SearchOptions"/>). The paper itself is never among them. Each hit's score is a similarity a member can
/// read: the dense cosine to the paper when both have vectors, else the word rank scaled to 0-1. SQLite picks the telling
/// words by TF-IDF from its term index; PostgreSQL keeps no such index, so they are read off the paper's own
/// <c>tsvector</c>: its title's words, then the abstract's most repeated ones (stop words are not in it).
/// </summary>
internal sealed class PostgresSimilarPapers(PostgresDatabase database, DenseNeighbours dense, IOptions<SearchOptions> options) : ISimilarPapers
{
    /// <summary>The words that make the candidate query: enough to find the topic, few enough to stay on it (as on SQLite).</summary>
    public const int QueryTerms = 16;

    // The lexemes are quoted for tsquery's input syntax (a quote doubled, a backslash escaped); no user text is involved.
    private const string RelatedSql = """
        WITH terms AS (
                 SELECT t.lexeme FROM papers AS p, unnest(p.search) AS t(lexeme, positions, weights)
                 WHERE p.id = @id
                 ORDER BY 'A' = ANY(t.weights) DESC, cardinality(t.positions) DESC, t.lexeme
                 LIMIT @terms),
             chosen AS (
                 SELECT string_agg('''' || replace(replace(lexeme, '\', '\\'), '''', '''''') || '''', ' | ')::tsquery AS query FROM terms)
        SELECT p.id, ts_rank('{0.1, 0.2, 0.25, 1.0}', p.search, chosen.query, 1) AS score
        FROM papers AS p, chosen
        WHERE p.search @@ chosen.query AND p.id <> @id
        ORDER BY score DESC, p.id
        LIMIT @top
        """;

    public async Task<IReadOnlyList<PaperHit>> FindSimilarAsync(long paperId, int top, CancellationToken cancellationToken)
    {
        if (top <= 0)
        {
            return [];
        }

        top = Math.Min(top, PostgresPaperSearch.MaxTop);
        var settings = options.Value;
        var candidates = Math.Max(settings.Candidates, top);
        await dense.CatchUpAsync(cancellationToken);
        var unit = dense.PaperVector(paperId);
        var nearest = unit is null ? [] : dense.NearestToVector(unit, candidates, excludeId: paperId);
        return await database.RunAsync(
            async (connection, token) =>
            {
                await using var read = Sql.Command(connection, "SELECT title FROM papers WHERE id = @id").With("id", NpgsqlDbType.Bigint, paperId);
                if (await read.ExecuteScalarAsync(token) is not string title)
                {
                    return Array.Empty<PaperHit>();
                }

                var words = new List<(long Id, double Score)>();
                await using (var related = Sql.Command(connection, RelatedSql)
                    .With("id", NpgsqlDbType.Bigint, paperId)
                    .With("terms", NpgsqlDbType.Integer, QueryTerms)
                    .With("top", NpgsqlDbType.Integer, candidates))
                {
                    await using var reader = await related.ExecuteReaderAsync(token);
                    while (await reader.ReadAsync(token))
                    {
                        words.Add((reader.GetInt64(0), reader.GetFloat(1)));
                    }
                }

                var fused = RankFusion.Fuse(
                        settings.RelatedFusionK, [new([.. words.Select(w => w.Id)], settings.RelatedBm25Weight), new(nearest, settings.RelatedDenseWeight)])
                    .Where(f => f.Id != paperId)
                    .Take(top)
                    .ToList();
                var lexical = words.ToDictionary(w => w.Id, w => w.Score / (w.Score + 1));
                var meaning = unit is null ? [] : dense.Similarities(unit, fused.Select(f => f.Id));
                var similarity = fused.ConvertAll(f => (f.Id, meaning.TryGetValue(f.Id, out var cosine) ? cosine : lexical.GetValueOrDefault(f.Id)));
                return await HitReader.LoadAsync(connection, similarity, TextWords.Words(title), token);
            },
            cancellationToken);
    }
}
