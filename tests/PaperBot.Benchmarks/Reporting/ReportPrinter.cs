using PaperBot.Benchmarks.Measurement;
using PaperBot.Benchmarks.Search;

namespace PaperBot.Benchmarks.Reporting;

/// <summary>Prints the figures as plain-text tables: one block per size as it finishes, then a summary and the targets.</summary>
internal sealed class ReportPrinter(TextWriter output)
{
    private const string RowFormat = "{0,-36} {1,16} {2,16} {3,10}  {4}";
    private const string ClassFormat = "{0,-36} {1,7} {2,17} {3,17} {4,10}  {5}";

    public void PrintSize(SizeReport size)
    {
        var corpus = size.Corpus;
        output.WriteLine();
        output.WriteLine($"== {Targets.Count(size.Papers)} papers: {corpus.Files} files, {Targets.Mb(corpus.Bytes)} of {corpus.Format}, {corpus.DuplicateTitles:N0} duplicate titles ({size.DuplicateShare:P2}) ==");
        Row("", "PaperBot", "baseline", "ratio", "target");
        if (size.Ingest is { } ingest)
        {
            PrintIngest(ingest);
        }
        else
        {
            Row("ingest", "reused", "reused", "", "database kept by an earlier run (--reuse): not compared");
        }

        Row("database on disk", Targets.Mb(size.DatabaseBytes), size.Ingest is { } i ? Targets.Mb(i.Baseline.DatabaseBytes) : "", "", "");
        Row("search ready after, ms", $"{size.Search.SearchReadyMs:0.0}", "", "", "opening and preparing PaperBot's search, before timing");
        LatencyRow("search p50 / p99, ms", size.Search.SearchPaperBot, size.Search.SearchBare, $"(sanity) p99 <= {Targets.LatencyRatio:0.0#}x");
        LatencyRow("autocomplete p50 / p99, ms", size.Search.CompletePaperBot, size.Search.CompleteBare, $"(sanity) p99 <= {Targets.LatencyRatio:0.0#}x");
        Row("  title range query alone", "", Pair(size.Search.CompletePrefixOnly), "", "");
        LatencyRow("autocomplete, empty input", size.Search.EmptyPaperBot, size.Search.EmptyBare, "(Discord's first request)");
        var ranking = size.Search.Ranking;
        Row("BM25 top-10 overlap, mean / min", $"{ranking.MeanOverlap:0.000} / {ranking.MinOverlap:0.000}", "(exact)", "", $"mean >= {Targets.MinMeanOverlap:0.0#}: {(ranking.MeanOverlap >= Targets.MinMeanOverlap ? "pass" : "FAIL")}");
        Row("peak RSS while querying", Targets.Mb(size.Search.PeakRssBytes), "", "", "");
        if (size.Startup is { } startup)
        {
            Row("start-up, stats --db FILE, ms", $"{startup.StatsMs:0}", $"{startup.HelpMs:0}", $"+{startup.BeyondRuntimeMs:0} ms", $"< {Targets.StartupBeyondRuntimeMs:0} ms beyond --help at 1M");
            Row("  (baseline: --help; runtime alone)", "", $"{startup.RuntimeOnlyMs:0}", "", $"medians of {startup.Runs}");
        }

        PrintClasses(size.Papers, "search class", size.Search.SearchClasses, Targets.SearchP99Ms);
        PrintClasses(size.Papers, "autocomplete class", size.Search.CompleteClasses, Targets.AutocompleteP99Ms);
        if (size.Ingest is { RowMismatch: { } mismatch })
        {
            output.WriteLine($"  rows differ: {mismatch}");
        }

        if (size.Ingest is { } phases)
        {
            PrintIngestPhases(phases);
        }

        var overhead = size.Search.Overhead;
        output.WriteLine($"  search, mean per query: FtsQuery.Parse {overhead.ParseMs:0.000} ms + sqlite-net query {overhead.SqliteNetQueryMs:0.000} ms (bare {overhead.BareQueryMs:0.000} ms) + snippets {overhead.SnippetsMs:0.000} ms");
        output.WriteLine("  lowest top-10 overlaps: " + string.Join("; ", ranking.Queries.OrderBy(q => q.Overlap).Take(3).Select(q =>
            $"'{q.Query}' ({q.Kind}) {q.Overlap:0.00}: {q.Shared} shared + {q.TiedAtTenth} tied of {Math.Min(SearchBench.Top, q.ReferenceHits)}")));
        PrintSlowest("slowest searches (p99)", size.Search.Searches);
        PrintSlowest("slowest autocompletes (p99)", size.Search.Completions);
        if (size.Startup is { } timed)
        {
            output.WriteLine("  stats queries in-process, ms: " + string.Join(", ", timed.StatsQueriesMs.Select(kv => $"{kv.Key} {kv.Value:0.0}")));
        }
    }

    public void PrintSummary(BenchmarkReport report)
    {
        output.WriteLine();
        output.WriteLine("== summary (PaperBot / baseline) ==");
        output.WriteLine("{0,12} {1,20} {2,9} {3,11} {4,11} {5,22} {6,22} {7,13} {8,12} {9,12}", "papers", "ingest papers/s", "ratio", "ingest RSS", "db size", "search p99 ms", "autocomplete p99 ms", "worst class", "BM25 overlap", "start-up +ms");
        foreach (var size in report.Sizes)
        {
            var worstSearch = size.Search.SearchClasses.Max(c => c.PaperBot.P99Ms);
            var worstComplete = size.Search.CompleteClasses.Max(c => c.PaperBot.P99Ms);
            output.WriteLine(
                "{0,12} {1,20} {2,9} {3,11} {4,11} {5,22} {6,22} {7,13} {8,12} {9,12}",
                Targets.Count(size.Papers),
                size.Ingest is { } ingest ? $"{ingest.PaperBot.PapersPerSecond:N0}/{ingest.Baseline.PapersPerSecond:N0}" : "reused",
                size.Ingest is { } ratio ? $"{ratio.Ratio:0.00}x" : "-",
                size.Ingest is { } rss ? Targets.Mb(rss.PaperBot.PeakRssBytes) : "-",
                Targets.Mb(size.DatabaseBytes),
                $"{size.Search.SearchPaperBot.P99Ms:0.00}/{size.Search.SearchBare.P99Ms:0.00} {size.SearchP99Ratio:0.00}x",
                $"{size.Search.CompletePaperBot.P99Ms:0.00}/{size.Search.CompleteBare.P99Ms:0.00} {size.CompleteP99Ratio:0.00}x",
                $"{worstSearch:0.0}/{worstComplete:0.00}",
                $"{size.Search.Ranking.MeanOverlap:0.000}",
                size.Startup is { } s ? $"{s.BeyondRuntimeMs:0}" : "-");
        }

        output.WriteLine("  (worst class: the slowest search class's p99 / the slowest autocomplete class's p99, PaperBot, ms)");
        output.WriteLine();
        output.WriteLine("== targets ==");
        foreach (var check in report.Targets)
        {
            output.WriteLine($"  [{check.Verdict,-7}] {check.Target}: {check.Measured}");
        }

        var machine = report.Machine;
        output.WriteLine();
        output.WriteLine($"machine: {machine.Cores} cores ({machine.Cpu}), {Targets.Mb(machine.MemoryBytes)} RAM, {machine.Os}, {machine.Runtime}; "
            + $"{report.Repetitions} timed repetitions per query; peak RSS {(machine.PeakRssPerPhase ? "per phase (VmHWM reset)" : "over the process's life")}");
    }

    private void PrintIngest(IngestReport ingest)
    {
        Row("ingest, papers/s", $"{ingest.PaperBot.PapersPerSecond:N0}", $"{ingest.Baseline.PapersPerSecond:N0}", $"{ingest.Ratio:0.00}x", $">= {Targets.IngestRatio:0.0#}x");
        Row("ingest time, s", $"{ingest.PaperBot.Seconds:0.00}", $"{ingest.Baseline.Seconds:0.00}", "", "");
        Row("  baseline + term vectors, papers/s", "", $"{ingest.BaselineWithTermVectors.PapersPerSecond:N0}", $"{Ratio(ingest.PaperBot.PapersPerSecond, ingest.BaselineWithTermVectors.PapersPerSecond):0.00}x", "PaperBot vs bare with schema 2's writes (diagnostic)");
        Row("rows new / merged", $"{ingest.PaperBot.NewRows:N0} / {ingest.PaperBot.Merged:N0}", $"{ingest.Baseline.NewRows:N0} / {ingest.Baseline.Merged:N0}", "", ingest.RowMismatch is null ? "same rows" : "ROWS DIFFER");
        Row("peak RSS while ingesting", Targets.Mb(ingest.PaperBot.PeakRssBytes), Targets.Mb(ingest.Baseline.PeakRssBytes), "", "flat in N");
        Row("  of which SQLite's heap at most", Targets.Mb(ingest.PaperBot.SqlitePeakBytes), Targets.Mb(ingest.Baseline.SqlitePeakBytes), "", "sqlite3_memory_highwater");
    }

    /// <summary>One line per class of the mix: p50/p99 on both sides, and the absolute p99 target (judged at 1M and more).</summary>
    private void PrintClasses(int papers, string title, IReadOnlyList<ClassLatency> classes, double p99Ms)
    {
        output.WriteLine(ClassFormat, "  " + title, "queries", "PaperBot p50/p99", "bare p50/p99", "p99 ratio", $"p99 <= {p99Ms:0} ms at 1M");
        foreach (var latency in classes)
        {
            output.WriteLine(
                ClassFormat,
                "    " + latency.Kind,
                latency.Queries,
                Pair(latency.PaperBot),
                Pair(latency.Bare),
                $"{Ratio(latency.PaperBot.P99Ms, latency.Bare.P99Ms):0.00}x",
                Targets.ClassVerdict(papers, latency, p99Ms) is { Length: > 0 } verdict ? verdict : "(judged at 1M)");
        }
    }

    private void PrintIngestPhases(IngestReport size)
    {
        // Entries in parentheses ran on another thread in PaperBot: shown, not subtracted from its ingest time.
        var work = size.PaperBotWork;
        var sqlAndRest = size.PaperBot.Seconds - work.Where(kv => !kv.Key.StartsWith('(')).Sum(kv => kv.Value);
        output.WriteLine($"  PaperBot ingest {size.PaperBot.Seconds:0.00} s = " + string.Join(" + ", work.Where(kv => !kv.Key.StartsWith('(')).Select(kv => $"{kv.Key} {kv.Value:0.00}"))
            + $" + SQL and the rest {sqlAndRest:0.00} (by difference); " + string.Join("; ", work.Where(kv => kv.Key.StartsWith('(')).Select(kv => $"{kv.Key} {kv.Value:0.00}")));
        foreach (var (name, run) in new[] { ("baseline", size.Baseline), ("baseline + term vectors", size.BaselineWithTermVectors) })
        {
            var phases = run.PhaseSeconds ?? new Dictionary<string, double>();
            var sql = phases.Where(kv => kv.Key is not "read and split lines" and not "normalize title" and not "other" and not "term vectors: count and stem").Sum(kv => kv.Value);
            output.WriteLine($"  {name} ingest {run.Seconds:0.00} s = " + string.Join(" + ", phases.Select(kv => $"{kv.Key} {kv.Value:0.00}"))
                + $"; its SQL {sql:0.00} s, PaperBot's SQL and the rest {(sql > 0 ? sqlAndRest / sql : 0):0.00}x that");
        }
    }

    private void PrintSlowest(string title, IReadOnlyList<QueryTiming> timings)
    {
        output.WriteLine($"  {title}: " + string.Join("; ", timings.OrderByDescending(t => t.PaperBot.P99Ms).Take(4).Select(t =>
            $"'{t.Query}' ({t.Kind}, {t.Hits} hits{(t.FellBack ? ", fell back to any term" : "")}) {t.PaperBot.P99Ms:0.00} vs {t.Bare.P99Ms:0.00} ms")));
    }

    private void LatencyRow(string label, Latency ours, Latency theirs, string target) =>
        Row(label, Pair(ours), Pair(theirs), $"{Ratio(ours.P50Ms, theirs.P50Ms):0.00}/{Ratio(ours.P99Ms, theirs.P99Ms):0.00}x", target);

    private static string Pair(Latency latency) => $"{latency.P50Ms:0.00} / {latency.P99Ms:0.00}";

    private static double Ratio(double ours, double theirs) => theirs > 0 ? ours / theirs : 0;

    private void Row(string label, string ours, string theirs, string ratio, string note) =>
        output.WriteLine(RowFormat, label, ours, theirs, ratio, note);
}
