using System.Globalization;
using PaperBot.Benchmarks.Reporting;

namespace PaperBot.Benchmarks.Providers;

/// <summary>The provider comparison as a Markdown table, one row per provider and size (the README's table).</summary>
internal static class ProviderPrinter
{
    public static void Print(TextWriter output, IReadOnlyList<ProviderResult> results)
    {
        output.WriteLine("| papers | provider | ingest | papers/s | index build | database | search p50 | search p99 | autocomplete p50 | autocomplete p99 |");
        output.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {Targets.Count(r.Papers)} | {r.Provider} | {r.IngestSeconds:0.0} s | {r.Loaded / Math.Max(r.IngestSeconds, 1e-9):N0} | {(r.IndexSeconds > 0 ? $"{r.IndexSeconds:0.0} s" : "none")} | {Targets.Mb(r.DatabaseBytes)} | {r.Search.P50Ms:0.00} ms | {r.Search.P99Ms:0.00} ms | {r.Autocomplete.P50Ms:0.00} ms | {r.Autocomplete.P99Ms:0.00} ms |"));
        }
    }
}
