using PaperBot.Core.Papers;
using PaperBot.Data.Search;

namespace PaperBot.Benchmarks.Search;

/// <summary>
/// Whether PaperBot's search keeps BM25's ranking: each query's top 10 against the exact one, the bare FTS5 query
/// ORDER BY rank with the expression PaperBot searches (all terms; any term when all terms match nothing). Overlap is
/// |PaperBot's top 10 ∩ exact top 10| / min(10, |exact top 10|); a PaperBot hit outside the exact top 10 whose exact
/// score equals the exact 10th score counts too, since FTS5 orders ties arbitrarily.
/// </summary>
internal static class RankingCheck
{
    // Both scores come from the same bm25() over the same row, so equal ones are equal to the last bit. Relative, as
    // FTS5's scores are tiny (~2e-6 for "model" at 10k papers) and neighbours differ by ~1e-4 of that, never 1e-12.
    private const double RelativeTieTolerance = 1e-12;

    public static async Task<RankingReport> RunAsync(
        IPaperSearch search, BareSearch bare, IReadOnlyList<BenchQuery> searches, int top, CancellationToken cancellationToken)
    {
        var overlaps = new List<QueryOverlap>();
        foreach (var query in searches)
        {
            var parsed = FtsQuery.Parse(query.Text) ?? throw new InvalidOperationException($"'{query.Text}' has no searchable word");
            var expression = parsed.AllTerms;
            var exact = bare.Ranked(expression, top);
            if (exact.Count == 0 && parsed.HasAlternatives)
            {
                expression = parsed.AnyTerm;
                exact = bare.Ranked(expression, top);
            }

            var hits = await search.SearchAsync(query.Text, top, cancellationToken);
            overlaps.Add(Compare(query, expression, exact, hits.Select(h => h.Id).ToList(), bare));
        }

        return RankingReport.Of(overlaps);
    }

    private static QueryOverlap Compare(BenchQuery query, string expression, IReadOnlyList<(long Id, double Rank)> exact, List<long> ours, BareSearch bare)
    {
        if (exact.Count == 0)
        {
            // Nothing matches: the only right answer is nothing.
            return new QueryOverlap(query.Kind, query.Text, expression, ours.Count == 0 ? 1 : 0, 0, ours.Count, 0, 0);
        }

        var exactIds = exact.Select(e => e.Id).ToHashSet();
        var shared = ours.Count(exactIds.Contains);
        var tenth = exact[^1].Rank;
        var tied = exact.Count < SearchBench.Top
            ? 0
            : ours.Where(id => !exactIds.Contains(id)).Count(id => bare.RankOf(expression, id) is { } rank && Math.Abs(rank - tenth) <= RelativeTieTolerance * Math.Abs(tenth));
        var overlap = Math.Min(1.0, (double)(shared + tied) / Math.Min(SearchBench.Top, exact.Count));
        return new QueryOverlap(query.Kind, query.Text, expression, overlap, exact.Count, ours.Count, shared, tied);
    }
}
