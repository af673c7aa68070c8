using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PaperBot.Benchmarks.Measurement;
using PaperBot.Benchmarks.Reporting;
using PaperBot.Data;
using PaperBot.Data.Database;
using PaperBot.Data.Vectors;
using PaperBot.Data.Vectors.VectorIndex;

namespace PaperBot.Benchmarks.Vectors;

/// <summary>
/// <c>--vectors</c>: dense search through <see cref="SqliteEmbeddingStore"/> on synthetic clustered 384-d vectors, HNSW
/// index against the exact scan it replaces, in one process (see README.md, "Vector index").
/// </summary>
internal sealed class VectorBench(BenchmarkOptions options, TextWriter output, TextWriter progress)
{
    private const ulong Seed = 20_261_207;
    private const int K = 10;
    private const int ExactQueries = 20;
    private const int StartupRuns = 5;

    /// <summary>The settings measured: the shipped defaults unless the command line overrides them, the index always on.</summary>
    public static VectorIndexOptions IndexOptions(int expansionSearch, BenchmarkOptions? options = null) => new()
    {
        ExactScanBelow = 0,
        Quantization = options?.Quantization ?? new VectorIndexOptions().Quantization,
        Connectivity = options?.Connectivity ?? new VectorIndexOptions().Connectivity,
        ExpansionAdd = options?.ExpansionAdd ?? new VectorIndexOptions().ExpansionAdd,
        ExpansionSearch = expansionSearch,
    };

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var folder = options.OutputFolder ?? Directory.CreateTempSubdirectory("paperbot-vectors-").FullName;
        Directory.CreateDirectory(folder);
        var databasePath = Path.Combine(folder, $"vectors-{options.VectorCount}.db");
        var reuse = options.Reuse && File.Exists(databasePath);
        foreach (var stale in reuse ? [] : Directory.GetFiles(folder, Path.GetFileName(databasePath) + "*"))
        {
            File.Delete(stale);
        }

        try
        {
            await RunInAsync(databasePath, reuse, cancellationToken);
        }
        finally
        {
            if (!options.Keep)
            {
                foreach (var file in Directory.GetFiles(folder, Path.GetFileName(databasePath) + "*"))
                {
                    File.Delete(file);
                }

                if (options.OutputFolder is null)
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }
    }

    private async Task RunInAsync(string databasePath, bool reuse, CancellationToken cancellationToken)
    {
        var count = options.VectorCount;
        var efs = options.ExpansionSearch ?? [new VectorIndexOptions().ExpansionSearch];
        var vectors = new ClusteredVectors(count, Seed);
        var queries = Enumerable.Range(0, options.VectorQueries).Select(q =>
        {
            var query = new float[ClusteredVectors.Dimensions];
            vectors.Fill(q, query, stream: 3);
            return query;
        }).ToArray();
        using var database = new SqliteDatabase(Options.Create(new StoreOptions { DatabasePath = databasePath }), NullLogger<SqliteDatabase>.Instance);

        await progress.WriteLineAsync($"{(reuse ? "reusing the kept database; computing" : "writing")} {count:N0} vectors ({vectors.Clusters:N0} clusters) and the exact top {K} of {queries.Length} queries to {databasePath} ...");
        var (writeSeconds, truth) = VectorCorpus.Write(database, vectors, count, queries, K, write: !reuse, cancellationToken);
        await progress.WriteLineAsync($"  {writeSeconds:0.0} s, database {Targets.Mb(new FileInfo(databasePath).Length)}");

        await progress.WriteLineAsync($"exact scan (SQLite, as before the index): {Math.Min(ExactQueries, queries.Length)} queries ...");
        ExactScan.Nearest(database, VectorCorpus.Model, queries[0], K, null);
        var exactMs = queries.Take(ExactQueries).Select(q => Time(() => ExactScan.Nearest(database, VectorCorpus.Model, q, K, null))).ToList();
        var exact = Latency.Of(exactMs);

        await progress.WriteLineAsync("building the index through SqliteEmbeddingStore ...");
        ProcessMemory.ResetPeak();
        var buildClock = Stopwatch.StartNew();
        string indexPath;
        using (var store = new SqliteEmbeddingStore(database, Options.Create(IndexOptions(efs[0], options))))
        {
            store.Nearest(VectorCorpus.Model, queries[0], K, null);
            await store.IndexOf(VectorCorpus.Model).Building;
            indexPath = store.IndexOf(VectorCorpus.Model).IndexPath;
        }

        var buildSeconds = buildClock.Elapsed.TotalSeconds;
        var buildPeak = ProcessMemory.PeakBytes();
        var fileBytes = new FileInfo(indexPath).Length;
        await progress.WriteLineAsync($"  {buildSeconds:0.0} s, {count / buildSeconds:N0} vectors/s, file {Targets.Mb(fileBytes)}");

        var rows = new List<string[]>();
        (Latency Search, Latency Excluding, double Recall)? shipped = null;
        ProcessMemory.ResetPeak();
        foreach (var ef in efs)
        {
            using var store = new SqliteEmbeddingStore(database, Options.Create(IndexOptions(ef, options)));
            var result = Measure(store, queries, truth);
            shipped ??= result;
            rows.Add([ef.ToString(CultureInfo.InvariantCulture), $"{result.Search.P50Ms:0.00} / {result.Search.P99Ms:0.00}",
                $"{result.Excluding.P50Ms:0.00} / {result.Excluding.P99Ms:0.00}", $"{result.Recall:0.000}"]);
        }

        var queryPeak = ProcessMemory.PeakBytes();
        await progress.WriteLineAsync("start-up in fresh processes ...");
        var startup = await StartupAsync(databasePath, efs[0], cancellationToken);

        Print(count, vectors.Clusters, queries.Length, writeSeconds, databasePath, exact, buildSeconds, buildPeak, fileBytes, rows, shipped!.Value, queryPeak, startup);
    }

    private static (Latency Search, Latency Excluding, double Recall) Measure(SqliteEmbeddingStore store, float[][] queries, long[][] truth)
    {
        // A warm-up pass: the first search opens the index, and the JIT reaches tier 1.
        foreach (var query in queries)
        {
            store.Nearest(VectorCorpus.Model, query, K, null);
        }

        var searchMs = new List<double>();
        var excludingMs = new List<double>();
        var hits = 0;
        for (var q = 0; q < queries.Length; q++)
        {
            IReadOnlyList<(long Id, double Score)> found = [];
            searchMs.Add(Time(() => found = store.Nearest(VectorCorpus.Model, queries[q], K, null)));
            hits += found.Count(f => truth[q].Contains(f.Id));
            IReadOnlyList<(long Id, double Score)> related = [];
            excludingMs.Add(Time(() => related = store.Nearest(VectorCorpus.Model, queries[q], K, excludeId: truth[q][0])));
            if (related.Any(r => r.Id == truth[q][0]))
            {
                throw new InvalidOperationException("the excluded paper was returned");
            }
        }

        return (Latency.Of(searchMs), Latency.Of(excludingMs), hits / (double)(queries.Length * K));
    }

    private async Task<(double ProbeMs, double ProcessMs, double RuntimeMs, double? ColdProbeMs)> StartupAsync(string databasePath, int ef, CancellationToken cancellationToken)
    {
        var host = StartupBench.DotnetHost();
        var self = typeof(VectorBench).Assembly.Location;
        var settings = VectorBench.IndexOptions(ef, options);
        string[] probe =
        [
            self, "--vector-open", databasePath, VectorCorpus.Model, "--ef", ef.ToString(CultureInfo.InvariantCulture),
            "--quantization", settings.Quantization.ToString(), "--connectivity", settings.Connectivity.ToString(CultureInfo.InvariantCulture),
            "--expansion-add", settings.ExpansionAdd.ToString(CultureInfo.InvariantCulture),
        ];
        await RunAsync(host, probe, cancellationToken);
        await RunAsync(host, [self, "--noop"], cancellationToken);
        var probeMs = new List<double>();
        var processMs = new List<double>();
        var runtimeMs = new List<double>();
        for (var i = 0; i < StartupRuns; i++)
        {
            var (wall, printed) = await RunAsync(host, probe, cancellationToken);
            processMs.Add(wall);
            probeMs.Add(printed);
            runtimeMs.Add((await RunAsync(host, [self, "--noop"], cancellationToken)).WallMs);
        }

        double? cold = null;
        if (DropCaches())
        {
            cold = (await RunAsync(host, probe, cancellationToken)).PrintedMs;
        }

        return (Median(probeMs), Median(processMs), Median(runtimeMs), cold);
    }

    private static async Task<(double WallMs, double PrintedMs)> RunAsync(string host, string[] args, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {host}");
        var text = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var wall = clock.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', args)} failed: {text.Trim()}");
        }

        var first = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return (wall, double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out var printed) ? printed : 0);
    }

    /// <summary>Empties the OS page cache for one cold start (Linux, as root); false where that is not allowed.</summary>
    private static bool DropCaches()
    {
        try
        {
            using (Process.Start("sync"))
            {
            }

            File.WriteAllText("/proc/sys/vm/drop_caches", "1");
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static double Time(Action action)
    {
        var start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    private void Print(
        long count, int clusters, int queries, double writeSeconds, string databasePath, Latency exact, double buildSeconds, long buildPeak,
        long fileBytes, List<string[]> rows, (Latency Search, Latency Excluding, double Recall) shipped, long queryPeak,
        (double ProbeMs, double ProcessMs, double RuntimeMs, double? ColdProbeMs) startup)
    {
        var settings = IndexOptions(rows.Count > 0 ? int.Parse(rows[0][0], CultureInfo.InvariantCulture) : 0, options);
        var beyondRuntime = startup.ProcessMs - startup.RuntimeMs;
        var peak = Math.Max(buildPeak, queryPeak);
        output.WriteLine($"## Vector index: {count:N0} unit vectors, {ClusteredVectors.Dimensions}-d, {clusters:N0} clusters; {queries} queries, top {K}");
        output.WriteLine($"settings: {settings.Quantization}, connectivity {settings.Connectivity}, expansion add {settings.ExpansionAdd}; USearch HNSW, inner product");
        output.WriteLine($"database: {Targets.Mb(new FileInfo(databasePath).Length)} (vectors written in {writeSeconds:0.0} s){(options.Reuse ? "; --reuse: the database and any valid index file were kept from an earlier run, so the build line times opening that file, not a build" : "")}");
        output.WriteLine();
        output.WriteLine("| expansion search | search p50 / p99 ms | excluding a paper p50 / p99 ms | recall@10 |");
        output.WriteLine("|---|---|---|---|");
        foreach (var row in rows)
        {
            output.WriteLine($"| {string.Join(" | ", row)} |");
        }

        output.WriteLine();
        output.WriteLine($"| exact scan (SQLite) p50 / p99 ms | {exact.P50Ms:0.0} / {exact.P99Ms:0.0} ({exact.Samples} queries); index p99 = {shipped.Search.P99Ms / exact.P99Ms:0.0000}x of it ({exact.P99Ms / shipped.Search.P99Ms:N0} times faster) |");
        output.WriteLine($"| index build | {buildSeconds:0.0} s = {count / buildSeconds:N0} vectors/s (read from SQLite, built on {Environment.ProcessorCount} cores, saved, mapped) |");
        output.WriteLine($"| index file | {Targets.Mb(fileBytes)} ({fileBytes / (double)count:0} bytes a vector) |");
        output.WriteLine($"| start-up | first search in a fresh process {startup.ProbeMs:0} ms (opening the database and the index, one query); process {startup.ProcessMs:0} ms - runtime {startup.RuntimeMs:0} ms = +{beyondRuntime:0} ms; cold page cache: {(startup.ColdProbeMs is { } cold ? $"{cold:0} ms" : "not measured")} |");
        output.WriteLine($"| peak RSS | building {Targets.Mb(buildPeak)}, searching {Targets.Mb(queryPeak)} |");
        output.WriteLine();
        var checks = new List<TargetCheck>
        {
            new("vector query p99 < 10 ms", $"{shipped.Search.P99Ms:0.00} ms", shipped.Search.P99Ms < 10 ? "pass" : "FAIL"),
            new("recall@10 >= 0.95", $"{shipped.Recall:0.000}", shipped.Recall >= 0.95 ? "pass" : "FAIL"),
            new("start-up with the index < 1 s beyond the runtime", $"+{beyondRuntime:0} ms warm, first search {startup.ColdProbeMs?.ToString("0", CultureInfo.InvariantCulture) ?? "-"} ms cold", beyondRuntime < 1000 && (startup.ColdProbeMs ?? 0) < 1000 ? "pass" : "FAIL"),
            new("memory under ~8 GB", Targets.Mb(peak), peak < 8L << 30 ? "pass" : "FAIL"),
        };
        output.WriteLine("| target | measured | result |");
        output.WriteLine("|---|---|---|");
        foreach (var check in checks)
        {
            output.WriteLine($"| {check.Target} | {check.Measured} | {check.Verdict} |");
        }
    }
}
