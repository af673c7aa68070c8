using PaperBot.Benchmarks.Measurement;
using PaperBot.Benchmarks.Search;

namespace PaperBot.Benchmarks.Reporting;

/// <summary>Prints the figures as plain-text tables: one block per size as it finishes, then a summary and the targets.</summary>
internal sealed class ReportPrinter(TextWriter output)
{
    private const string RowFormat = "{0,-36} {1,16} {2,16} {3,10}  {4}";

    public void PrintSize(SizeReport size)
    {
        var corpus = size.Corpus;
        output.WriteLine();
        output.WriteLine($"== {Targets.Count(size.Papers)} papers: {corpus.Files} files, {Targets.Mb(corpus.Bytes)} of page dumps, {corpus.DuplicateTitles:N0} duplicate titles ({size.DuplicateShare:P2}) ==");
        Row("", "PaperBot", "baseline", "ratio", "target");
        Row("ingest, papers/s", $"{size.PaperBot.PapersPerSecond:N0}", $"{size.Baseline.PapersPerSecond:N0}", $"{size.IngestRatio:0.00}x", $">= {Targets.IngestRatio:0.0#}x");
        Row("ingest time, s", $"{size.PaperBot.Seconds:0.00}", $"{size.Baseline.Seconds:0.00}", "", "");
        Row("  baseline + term vectors, papers/s", "", $"{size.BaselineWithTermVectors.PapersPerSecond:N0}", $"{Ratio(size.PaperBot.PapersPerSecond, size.BaselineWithTermVectors.PapersPerSecond):0.00}x", "PaperBot vs bare with schema 2's writes (diagnostic)");
        Row("rows new / merged", $"{size.PaperBot.NewRows:N0} / {size.PaperBot.Merged:N0}", $"{size.Baseline.NewRows:N0} / {size.Baseline.Merged:N0}", "", size.RowMismatch is null ? "same rows" : "ROWS DIFFER");
        Row("peak RSS while ingesting", Targets.Mb(size.PaperBot.PeakRssBytes), Targets.Mb(size.Baseline.PeakRssBytes), "", "flat in N");
        Row("  of which SQLite's heap at most", Targets.Mb(size.PaperBot.SqlitePeakBytes), Targets.Mb(size.Baseline.SqlitePeakBytes), "", "sqlite3_memory_highwater");
        Row("database on disk", Targets.Mb(size.PaperBot.DatabaseBytes), Targets.Mb(size.Baseline.DatabaseBytes), "", "");
        LatencyRow("search p50 / p99, ms", size.Search.SearchPaperBot, size.Search.SearchBare, $"p99 <= {Targets.LatencyRatio:0.0#}x");
        LatencyRow("autocomplete p50 / p99, ms", size.Search.CompletePaperBot, size.Search.CompleteBare, $"p99 <= {Targets.LatencyRatio:0.0#}x, < {Targets.AutocompleteP99Ms} ms at 1M");
        Row("  title range query alone", "", Pair(size.Search.CompletePrefixOnly), "", "");
        LatencyRow("autocomplete, empty input", size.Search.EmptyPaperBot, size.Search.EmptyBare, "(Discord's first request)");
        Row("peak RSS while querying", Targets.Mb(size.Search.PeakRssBytes), "", "", "");
        if (size.Startup is { } startup)
        {
            Row("start-up, stats --db FILE, ms", $"{startup.StatsMs:0}", $"{startup.HelpMs:0}", $"+{startup.BeyondRuntimeMs:0} ms", $"< {Targets.StartupBeyondRuntimeMs:0} ms beyond --help at 1M");
            Row("  (baseline: --help; runtime alone)", "", $"{startup.RuntimeOnlyMs:0}", "", $"medians of {startup.Runs}");
        }

        if (size.RowMismatch is not null)
        {
            output.WriteLine($"  rows differ: {size.RowMismatch}");
        }

        PrintIngestPhases(size);
        var overhead = size.Search.Overhead;
        output.WriteLine($"  search, mean per query: FtsQuery.Parse {overhead.ParseMs:0.000} ms + sqlite-net query {overhead.SqliteNetQueryMs:0.000} ms (bare {overhead.BareQueryMs:0.000} ms) + snippets {overhead.SnippetsMs:0.000} ms");
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
        output.WriteLine("{0,12} {1,20} {2,9} {3,11} {4,11} {5,22} {6,22} {7,12}", "papers", "ingest papers/s", "ratio", "ingest RSS", "db size", "search p99 ms", "autocomplete p99 ms", "start-up +ms");
        foreach (var size in report.Sizes)
        {
            output.WriteLine(
                "{0,12} {1,20} {2,9} {3,11} {4,11} {5,22} {6,22} {7,12}",
                Targets.Count(size.Papers),
                $"{size.PaperBot.PapersPerSecond:N0}/{size.Baseline.PapersPerSecond:N0}",
                $"{size.IngestRatio:0.00}x",
                Targets.Mb(size.PaperBot.PeakRssBytes),
                Targets.Mb(size.PaperBot.DatabaseBytes),
                $"{size.Search.SearchPaperBot.P99Ms:0.00}/{size.Search.SearchBare.P99Ms:0.00} {size.SearchP99Ratio:0.00}x",
                $"{size.Search.CompletePaperBot.P99Ms:0.00}/{size.Search.CompleteBare.P99Ms:0.00} {size.CompleteP99Ratio:0.00}x",
                size.Startup is { } s ? $"{s.BeyondRuntimeMs:0}" : "-");
        }

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

    private void PrintIngestPhases(SizeReport size)
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
