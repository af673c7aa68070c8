namespace PaperBot.Benchmarks.Search;

/// <summary>Top-10 overlap with the exact BM25 ranking over the search set: mean, minimum, and each query's.</summary>
internal sealed record RankingReport(double MeanOverlap, double MinOverlap, IReadOnlyList<QueryOverlap> Queries)
{
    public static RankingReport Of(IReadOnlyList<QueryOverlap> queries) =>
        queries.Count == 0
            ? new RankingReport(1, 1, queries)
            : new RankingReport(queries.Average(q => q.Overlap), queries.Min(q => q.Overlap), queries);
}
