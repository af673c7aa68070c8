using Microsoft.Extensions.Options;
using PaperBot.Core.Papers;
using PaperBot.Core.Text;
using PaperBot.Postgres.Database;
using PaperBot.Retrieval.Search;
using PaperBot.Retrieval.Vectors;

namespace PaperBot.Postgres.Search;

/// <summary>
/// Words fused with meaning, as the SQLite store does it: the word candidates (every term first, then any term) and, when
/// an embedding model has vectors, the query's nearest papers, fused by weighted reciprocal rank (the weights and k of
/// <see cref="SearchOptions"/>). The word ranking is PostgreSQL's <c>ts_rank</c> (<see cref="WordRanking"/>) rather
/// than a BM25 index built beside the database: it is current for every process the moment an ingest commits, and
/// nothing has to be rebuilt or kept in step across processes. In <see cref="SearchMode.Dense"/> the nearest papers
/// alone are the answer, the words while none has a vector.
/// </summary>
internal sealed class PostgresHybridSearch(PostgresDatabase database, DenseNeighbours dense, IOptions<SearchOptions> options, WordFrequencies frequencies)
{
    public async Task<IReadOnlyList<PaperHit>> SearchAsync(string text, int top, SearchFilter filter, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var candidates = Math.Max(settings.Candidates, top);
        var words = await database.RunAsync(
            async (connection, token) =>
            {
                var queryWords = await frequencies.ForAsync(connection, text, token);
                var ranked = await WordRanking.RankAsync(connection, queryWords, text, candidates, filter, anyTerm: false, token);
                if (ranked.Count < candidates)
                {
                    // Paraphrases rarely share every word with the paper: any word makes a candidate.
                    var seen = ranked.Select(r => r.Id).ToHashSet();
                    var any = await WordRanking.RankAsync(connection, queryWords, text, candidates, filter, anyTerm: true, token);
                    ranked.AddRange(any.Where(r => seen.Add(r.Id)).Take(candidates - ranked.Count));
                }

                return ranked.ConvertAll(r => r.Id);
            },
            cancellationToken);

        var nearest = filter.IsEmpty
            ? await dense.NearestToTextAsync(text, candidates, cancellationToken)
            : await FilteredNeighbours.NearestAsync(
                dense, text, candidates, token => database.RunAsync((connection, t) => WordRanking.AllowedAsync(connection, filter, t), token), cancellationToken);
        IReadOnlyList<(long Id, double Score)> fused = settings.Mode == SearchMode.Dense && nearest.Count > 0
            ? [.. nearest.Select((id, rank) => (id, 1.0 / (rank + 1)))]
            : RankFusion.Fuse(settings.FusionK, [new(words, settings.Bm25Weight), new(nearest, settings.DenseWeight)]);
        fused = [.. fused.Take(top)];
        var snippetWords = TextWords.Words(text);
        return await database.RunAsync((connection, token) => HitReader.LoadAsync(connection, fused, snippetWords, token), cancellationToken);
    }
}
