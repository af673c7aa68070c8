using PaperBot.Benchmarks.Measurement;
using PaperBot.Benchmarks.Reporting;
using PaperBot.Benchmarks.Search;

namespace PaperBot.Benchmarks.Discord;

/// <summary>Prints the acknowledgement benchmark as a plain-text table, the targets, and the machine.</summary>
internal sealed class AckLatencyPrinter(TextWriter output)
{
    private const string RowFormat = "{0,-40} {1,22} {2,22} {3,12}  {4}";

    public void Print(AckLatencyReport report)
    {
        var (ours, theirs) = (report.PaperBot, report.Baseline);
        output.WriteLine();
        output.WriteLine($"== interaction acknowledgement latency: {report.Rounds} rounds x {report.InFlight} /search interactions in flight, after a warm-up round ==");
        Row("", "PaperBot", "baseline", "ratio", "target");
        Row("ack latency p50 / p99 / max, ms", Triple(ours.Latency), Triple(theirs.Latency), $"{report.P50Ratio:0.00}/{report.P99Ratio:0.00}x", $"PaperBot p99 < {AckLatencyReport.TargetP99Ms:0} ms");
        Row("  mean, ms", $"{ours.Latency.MeanMs:0.0}", $"{theirs.Latency.MeanMs:0.0}", "", "");
        Row("callbacks: direct (4) / deferred (5)", $"{ours.Direct} / {ours.Deferred}", $"{theirs.Direct} / {theirs.Deferred}", "", "");
        Row("answers with papers", $"{ours.WithPapers} of {ours.Interactions}", $"{theirs.WithPapers} (fixed \"ok\")", "", "");
        Row("lost / duplicate answers", $"{ours.Lost} / {ours.Duplicates}", $"{theirs.Lost} / {theirs.Duplicates}", "", "must be 0");
        Row("CPU ms per interaction: PaperBot", $"{ours.PaperBotCpuMsPerInteraction:0.00}", $"({theirs.PaperBotCpuMsPerInteraction:0.00} idle)", "", "the PaperBot process");
        Row("  this process (fake; + bare responder)", $"{ours.BenchCpuMsPerInteraction:0.00}", $"{theirs.BenchCpuMsPerInteraction:0.00}", "", "");
        Row("fake Discord violations", $"{ours.Violations.Count}", $"{theirs.Violations.Count}", "", "must be 0");
        foreach (var side in new[] { ours, theirs })
        {
            output.WriteLine($"  {side.Side} p99 per round, ms: " + string.Join(" ", side.RoundP99Ms.Select(p => $"{p:0.0}")));
            foreach (var violation in side.Violations.Take(5))
            {
                output.WriteLine($"  {side.Side} violation: {violation}");
            }
        }

        var work = report.PaperBotWork;
        output.WriteLine($"  PaperBot's own work per /search, CPU ms on one thread, warm: parse {work.ParseMs:0.000} + search {work.SearchMs:0.000} + reply {work.ReplyMs:0.000} = {work.TotalMs:0.000} ms "
            + $"(x {report.InFlight} in flight = {work.TotalMs * report.InFlight:0.0} ms; its process used {ours.PaperBotCpuMsPerInteraction * report.InFlight:0.0} ms of CPU per round)");
        output.WriteLine("  slowest searches, wall ms: " + string.Join("; ", work.SearchMsByQuery.Take(4).Select(kv => $"'{kv.Key}' {kv.Value:0.00}"))
            + $"; fastest '{work.SearchMsByQuery.Last().Key}' {work.SearchMsByQuery.Last().Value:0.00}");
        var parts = work.SearchParts;
        output.WriteLine($"  the search taken apart, wall ms: FtsQuery.Parse {parts.ParseMs:0.000} + sqlite-net query {parts.SqliteNetQueryMs:0.000} (bare prepared FTS5 {parts.BareQueryMs:0.000}) + snippets {parts.SnippetsMs:0.000} (top {SearchBench.Top} rows, as the corpus benchmark)");
        output.WriteLine();
        output.WriteLine("== targets ==");
        foreach (var check in report.Targets)
        {
            output.WriteLine($"  [{check.Verdict,-4}] {check.Target}: {check.Measured}");
        }

        var machine = report.Machine;
        output.WriteLine();
        output.WriteLine($"machine: {machine.Cores} cores ({machine.Cpu}), {Targets.Mb(machine.MemoryBytes)} RAM, {machine.Os}, {machine.Runtime}; "
            + $"latency = the fake's receive of the callback - its send of the interaction; Hello interval {report.HeartbeatIntervalMs:N0} ms; "
            + $"1-minute load average {report.LoadAverage}");
    }

    private static string Triple(Latency latency) => $"{latency.P50Ms:0.0} / {latency.P99Ms:0.0} / {latency.MaxMs:0.0}";

    private void Row(string label, string ours, string theirs, string ratio, string note) =>
        output.WriteLine(RowFormat, label, ours, theirs, ratio, note);
}
