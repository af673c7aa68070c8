using System.Globalization;
using PaperBot.Benchmarks.Search;

namespace PaperBot.Benchmarks.Reporting;

/// <summary>
/// The issue's targets. At 1M papers and more, absolute latencies per class of the query mix (issue 14): every search
/// class p99 <= <see cref="SearchP99Ms"/>, every autocomplete class p99 <= <see cref="AutocompleteP99Ms"/>; at every size,
/// BM25's ranking kept (mean top-10 overlap >= <see cref="MinMeanOverlap"/>). The ratios to bare SQLite are kept as sanity
/// bounds: PaperBot is meant to become much faster than bare FTS5, never slower than <see cref="LatencyRatio"/> times it.
/// "Memory flat in N" is read as: PaperBot's peak RSS while ingesting the largest corpus is at most
/// <see cref="MemoryGrowth"/> times that for the smallest (sizes whose ingest was reused are left out).
/// </summary>
internal static class Targets
{
    public const double IngestRatio = 0.8;
    public const double LatencyRatio = 1.2;
    public const double MemoryGrowth = 1.25;
    public const double SearchP99Ms = 100;
    public const double AutocompleteP99Ms = 5;
    public const double MinMeanOverlap = 0.9;
    public const double StartupBeyondRuntimeMs = 1_000;
    public const int LargeCorpus = 1_000_000;

    public static IReadOnlyList<TargetCheck> Evaluate(IReadOnlyList<SizeReport> sizes)
    {
        var checks = new List<TargetCheck>();
        foreach (var size in sizes)
        {
            var n = Count(size.Papers);
            checks.Add(size.Ingest is { } ingest
                ? Check($"ingest >= {IngestRatio:0.0#}x baseline papers/s at {n}", $"{ingest.Ratio:0.000}x", ingest.Ratio >= IngestRatio)
                : new TargetCheck($"ingest >= {IngestRatio:0.0#}x baseline papers/s at {n}", "database reused (--reuse)", "not run"));
            var ranking = size.Search.Ranking;
            checks.Add(Check(
                $"BM25 ranking kept: mean top-10 overlap with exact BM25 >= {MinMeanOverlap:0.0#} at {n}",
                $"mean {ranking.MeanOverlap:0.000}, min {ranking.MinOverlap:0.000} over {ranking.Queries.Count} queries",
                ranking.MeanOverlap >= MinMeanOverlap));
            checks.Add(Check($"(sanity) search p99 <= {LatencyRatio:0.0#}x bare FTS5 at {n}", $"{size.SearchP99Ratio:0.00}x ({size.Search.SearchPaperBot.P99Ms:0.00} vs {size.Search.SearchBare.P99Ms:0.00} ms)", size.SearchP99Ratio <= LatencyRatio));
            checks.Add(Check($"(sanity) autocomplete p99 <= {LatencyRatio:0.0#}x bare SQL at {n}", $"{size.CompleteP99Ratio:0.00}x ({size.Search.CompletePaperBot.P99Ms:0.00} vs {size.Search.CompleteBare.P99Ms:0.00} ms)", size.CompleteP99Ratio <= LatencyRatio));
        }

        var ingested = sizes.Where(s => s.Ingest is not null).ToList();
        checks.Add(ingested.Count < 2 ? new TargetCheck("memory flat in N (ingest peak RSS)", "needs two ingested sizes", "not run") : MemoryCheck(ingested));

        var large = sizes.Where(s => s.Papers >= LargeCorpus).ToList();
        if (large.Count == 0)
        {
            const string NotRun = "run --sizes with 1000000";
            checks.Add(new TargetCheck($"search p99 <= {SearchP99Ms:0} ms for every query class at 1M", NotRun, "not run"));
            checks.Add(new TargetCheck($"autocomplete p99 <= {AutocompleteP99Ms:0} ms for every input class at 1M", NotRun, "not run"));
            checks.Add(new TargetCheck($"start-up on a 1M database < {StartupBeyondRuntimeMs:0} ms beyond the runtime's own", NotRun, "not run"));
            return checks;
        }

        foreach (var size in large)
        {
            var n = Count(size.Papers);
            checks.AddRange(size.Search.SearchClasses.Select(c => ClassCheck("search", c, SearchP99Ms, n)));
            checks.AddRange(size.Search.CompleteClasses.Select(c => ClassCheck("autocomplete", c, AutocompleteP99Ms, n)));
            checks.Add(size.Startup is not { } startup
                ? new TargetCheck($"start-up on a {n} database < {StartupBeyondRuntimeMs:0} ms beyond the runtime's own", "PaperBot.dll not found", "not run")
                : Check(
                    $"start-up on a {n} database < {StartupBeyondRuntimeMs:0} ms beyond the runtime's own (stats - --help)",
                    $"{startup.BeyondRuntimeMs:0} ms ({startup.StatsMs:0} - {startup.HelpMs:0} ms)",
                    startup.BeyondRuntimeMs < StartupBeyondRuntimeMs));
        }

        return checks;
    }

    /// <summary>The verdict of one class against an absolute p99, for the per-class table: only judged at 1M and more.</summary>
    public static string ClassVerdict(int papers, ClassLatency latency, double p99Ms) =>
        papers < LargeCorpus ? "" : latency.PaperBot.P99Ms <= p99Ms ? "pass" : "FAIL";

    public static string Count(int papers) => papers.ToString("N0", CultureInfo.InvariantCulture);

    public static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB";

    private static TargetCheck ClassCheck(string what, ClassLatency latency, double p99Ms, string papers) =>
        Check(
            $"{what} p99 <= {p99Ms:0} ms at {papers}: {latency.Kind}",
            $"{latency.PaperBot.P99Ms:0.00} ms (p50 {latency.PaperBot.P50Ms:0.00}; bare p99 {latency.Bare.P99Ms:0.00}; {latency.Queries} queries, {latency.PaperBot.Samples} samples)",
            latency.PaperBot.P99Ms <= p99Ms);

    private static TargetCheck MemoryCheck(List<SizeReport> sizes)
    {
        var rss = sizes.Select(s => s.Ingest!.PaperBot.PeakRssBytes).ToList();
        var (smallest, largest) = (sizes[0], sizes[^1]);
        return Check(
            $"memory flat in N: ingest peak RSS at {Count(largest.Papers)} <= {MemoryGrowth:0.00}x that at {Count(smallest.Papers)}",
            $"{string.Join(" -> ", rss.Select(Mb))} ({(double)rss[^1] / rss[0]:0.00}x; last step {(double)rss[^1] / rss[^2]:0.00}x; "
                + $"baseline {string.Join(" -> ", sizes.Select(s => Mb(s.Ingest!.Baseline.PeakRssBytes)))}; SQLite heap {string.Join(" -> ", sizes.Select(s => Mb(s.Ingest!.PaperBot.SqlitePeakBytes)))})",
            rss[^1] <= MemoryGrowth * rss[0]);
    }

    private static TargetCheck Check(string target, string measured, bool passed) =>
        new(target, measured, passed ? "pass" : "FAIL");
}
