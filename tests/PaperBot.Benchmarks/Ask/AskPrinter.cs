using PaperBot.Benchmarks.Reporting;

namespace PaperBot.Benchmarks.Ask;

/// <summary>Prints the <c>--ask</c> benchmark as a plain-text table, the target, and the machine.</summary>
internal sealed class AskPrinter(TextWriter output)
{
    private const string RowFormat = "{0,-34} {1,30} {2,30} {3,14}";

    public void Print(AskReport report)
    {
        output.WriteLine();
        output.WriteLine($"== offline assistant answer latency: {report.Questions} questions in {report.Conversations} conversations x {report.Repetitions} timed passes, after a warm-up pass ==");
        output.WriteLine($"   {report.Papers} papers (bundled corpus), semantic index {report.EmbeddingModel} complete; ingest + embedding took {report.SetupSeconds:0.0} s");
        output.WriteLine(report.FreshQueryVectors
            ? "   query vector cache emptied before every call: each question is embedded as if asked for the first time"
            : "   --ask-cached: query vectors cached after the warm-up pass, as for questions asked again");
        Row("", "IAssistant.AskAsync", "IPaperSearch.SearchAsync(q, 5)", "ask / search");
        Row("all, p50 / p95 / p99 / max ms", Quad(report.Ask), Quad(report.Search), $"{report.P50Ratio:0.00} / {report.P99Ratio:0.00}x");
        Row("  mean ms", $"{report.Ask.MeanMs:0.00}", $"{report.Search.MeanMs:0.00}", "");
        foreach (var set in report.Sets)
        {
            var p50 = set.Search.P50Ms > 0 ? set.Ask.P50Ms / set.Search.P50Ms : 0;
            var p99 = set.Search.P99Ms > 0 ? set.Ask.P99Ms / set.Search.P99Ms : 0;
            Row($"{set.Set} ({set.Questions})", Quad(set.Ask), Quad(set.Search), $"{p50:0.00} / {p99:0.00}x");
        }

        output.WriteLine($"  answers citing papers: {report.AnswersWithCitations} of {report.Ask.Samples}");
        output.WriteLine($"  peak RSS: ingest + loading the model + embedding {Targets.Mb(report.SetupPeakRssBytes)}; warm-up and timed passes {Targets.Mb(report.AskPeakRssBytes)}");
        output.WriteLine("  slowest answers (max ms; median ask / median search):");
        foreach (var slow in report.Slowest)
        {
            output.WriteLine($"    {slow.AskMaxMs,7:0.0}  ({slow.AskP50Ms:0.0} / {slow.SearchP50Ms:0.0})  [{slow.Set}] {Cut(slow.Question)}");
        }

        output.WriteLine();
        output.WriteLine("== targets ==");
        foreach (var check in report.Targets)
        {
            output.WriteLine($"  [{check.Verdict,-4}] {check.Target}: {check.Measured}");
        }

        var machine = report.Machine;
        output.WriteLine();
        output.WriteLine($"machine: {machine.Cores} cores ({machine.Cpu}), {Targets.Mb(machine.MemoryBytes)} RAM, {machine.Os}, {machine.Runtime}; "
            + $"1-minute load average {report.LoadAverage}");
    }

    private static string Quad(AskLatency latency) => $"{latency.P50Ms:0.0} / {latency.P95Ms:0.0} / {latency.P99Ms:0.0} / {latency.MaxMs:0.0}";

    private static string Cut(string text) => text.Length <= 90 ? text : text[..87] + "...";

    private void Row(string label, string ask, string search, string ratio) => output.WriteLine(RowFormat, label, ask, search, ratio);
}
