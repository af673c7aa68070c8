using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Core.Papers;
using PaperBot.Data.Database;
using PaperBot.Data.Vectors;

namespace PaperBot.Data.Search;

/// <summary>
/// BM25 fused with vector similarity: the BM25 candidates (every word first, then any content word) are re-ranked by
/// TF-IDF cosine to the query; when an embedding model is registered and has vectors, the query's nearest papers
/// join the candidates with their own ranking. The rankings are fused by reciprocal rank (k = 60).
/// </summary>
internal sealed class HybridSearch(
    SqliteDatabase database,
    DenseNeighbours dense,
    IOptions<SearchOptions> options)
{
    public async Task<IReadOnlyList<PaperHit>> SearchAsync(FtsQuery parsed, string query, int top, CancellationToken cancellationToken)
    {
        var candidates = Math.Max(options.Value.Candidates, top);
        var terms = TermCounter.Of(query, keepSurfaceWords: true);
        var contentWords = FtsQuery.AnyOf(terms.Counts.Keys.Select(terms.SurfaceOf));
        var (bm25, sparse) = database.Read(connection =>
        {
            var ranked = FtsCandidates.Ids(connection, parsed.AllTerms, candidates);
            if (ranked.Count < candidates)
            {
                // Paraphrases rarely share every word with the paper: any content word makes a candidate.
                var seen = ranked.ToHashSet();
                ranked.AddRange(FtsCandidates.Ids(connection, contentWords ?? parsed.AnyTerm, candidates).Where(seen.Add).Take(candidates - ranked.Count));
            }

            return (ranked, SparseRanking.ByCosine(connection, terms.Counts, ranked));
        });

        var nearest = await dense.NearestToTextAsync(query, candidates, cancellationToken);
        var fused = RankFusion.Fuse(bm25, sparse, nearest).Take(Math.Min(top, SqlitePaperSearch.MaxTop)).ToList();
        return database.Read(connection => HitLoader.Load(connection, fused, parsed.Words));
    }
}
