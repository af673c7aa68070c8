using PaperBot.Retrieval.Vectors;
using PaperBot.Retrieval.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Core.Papers;
using PaperBot.Data.Database;
using PaperBot.Data.Search.Filters;
using PaperBot.Data.Search.Words;
using PaperBot.Data.Vectors;
using SQLite;

namespace PaperBot.Data.Search;

/// <summary>
/// BM25 fused with meaning: the BM25 candidates (every word first, then any content word) and, when an embedding model
/// has vectors, the query's nearest papers, fused by weighted reciprocal rank (see <see cref="SearchOptions"/> for the
/// weights and how they were chosen). TF-IDF cosine over the BM25 candidates can join as a third ranking (off by
/// default: it lowered every figure once the embedding model was there). In <see cref="SearchMode.Dense"/> the nearest
/// papers alone are the answer, BM25 while none has a vector.
/// </summary>
internal sealed class HybridSearch(
    SqliteDatabase database,
    DenseNeighbours dense,
    IOptions<SearchOptions> options,
    WordIndex? words = null)
{
    private readonly WordIndex? _words = options.Value.WordIndex ? words : null;

    public Task<IReadOnlyList<PaperHit>> SearchAsync(FtsQuery parsed, string query, int top, CancellationToken cancellationToken) =>
        SearchAsync(parsed, query, top, SearchFilter.None, cancellationToken);

    /// <summary>As unfiltered, with every ranking narrowed to the papers <paramref name="filter"/> allows (Search/Filters).</summary>
    public async Task<IReadOnlyList<PaperHit>> SearchAsync(FtsQuery parsed, string query, int top, SearchFilter filter, CancellationToken cancellationToken)
    {
        var allowed = filter.IsEmpty ? null : AllowedIdsSql.For(filter);
        var candidates = Math.Max(options.Value.Candidates, top);
        var (termCounts, contentWords) = QueryTerms.Of(query);
        var settings = options.Value;
        var allowedIds = allowed is null || _words is null ? null : database.Read(c => AllowedPapers.Resolve(c, filter));
        Func<int, bool>? isAllowed = allowedIds is null ? null : id => allowedIds.Contains(id);
        var (bm25, sparse) = Bm25Candidates(parsed, contentWords, candidates, isAllowed) is { } indexed && settings.SparseWeight <= 0
            ? (indexed, [])
            : database.Read(connection =>
        {
            var ranked = Candidates(connection, parsed.AllTerms, candidates, allowed);
            if (ranked.Count < candidates)
            {
                // Paraphrases rarely share every word with the paper: any content word makes a candidate.
                var seen = ranked.ToHashSet();
                ranked.AddRange(Candidates(connection, contentWords?.AnyTerm ?? parsed.AnyTerm, candidates, allowed).Where(seen.Add).Take(candidates - ranked.Count));
            }

            return (ranked, settings.SparseWeight > 0 ? SparseRanking.ByCosine(connection, termCounts, ranked) : []);
        });

        var nearest = allowed is null
            ? await dense.NearestToTextAsync(query, candidates, cancellationToken)
            : await FilteredNeighbours.NearestAsync(dense, query, candidates, _ => Task.FromResult<IReadOnlySet<long>>(allowedIds ?? database.Read(c => AllowedPapers.Resolve(c, filter))), cancellationToken);
        IReadOnlyList<(long Id, double Score)> fused = settings.Mode == SearchMode.Dense && nearest.Count > 0
            ? [.. nearest.Select((id, rank) => (id, 1.0 / (rank + 1)))]
            : RankFusion.Fuse(settings.FusionK, [new(bm25, settings.Bm25Weight), new(sparse, settings.SparseWeight), new(nearest, settings.DenseWeight)]);
        fused = [.. fused.Take(Math.Min(top, SqlitePaperSearch.MaxTop))];
        return database.Read(connection => HitLoader.Load(connection, fused, parsed.Words));
    }

    /// <summary>
    /// The BM25 candidates from the word index: every word first, then any content word, as the FTS5 path below does;
    /// null while the index cannot answer.
    /// </summary>
    private List<long>? Bm25Candidates(FtsQuery parsed, FtsQuery? contentWords, int candidates, Func<int, bool>? allowed)
    {
        if (_words?.RankThenWiden(parsed, contentWords ?? parsed, candidates, allowed, all => all.Count < candidates) is not var (all, any))
        {
            return null;
        }

        var ranked = all.Select(r => r.Id).ToList();
        if (any.Count > 0)
        {
            var seen = ranked.ToHashSet();
            ranked.AddRange(any.Select(r => r.Id).Where(seen.Add).Take(candidates - ranked.Count));
        }

        return ranked;
    }

    private static List<long> Candidates(SQLiteConnection connection, string? match, int limit, AllowedIdsSql? allowed) =>
        allowed is null ? FtsCandidates.Ids(connection, match, limit) : FilteredBm25.Ids(connection, match, limit, allowed);
}
