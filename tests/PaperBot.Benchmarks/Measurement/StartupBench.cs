using System.Diagnostics;
using System.Runtime.InteropServices;
using PaperBot.Benchmarks.Sqlite;

namespace PaperBot.Benchmarks.Measurement;

/// <summary>Starts the built PaperBot.dll as a user would (<c>dotnet PaperBot.dll ...</c>) and times it to exit.</summary>
internal static class StartupBench
{
    /// <summary>The queries SqlitePaperStore.GetStatsAsync runs, in its order (the stats verb runs them twice: see README).</summary>
    private static readonly (string Name, string Sql)[] StatsQueries =
    [
        ("count(*) papers", "SELECT count(*) FROM papers"),
        ("count arXiv ids", "SELECT count(*) FROM papers WHERE arxiv_id IS NOT NULL"),
        ("count source_files", "SELECT count(*) FROM source_files"),
        ("min(published_on)", "SELECT min(published_on) FROM papers"),
        ("max(published_on)", "SELECT max(published_on) FROM papers"),
        ("user_version", "PRAGMA user_version"),
        ("page_count * page_size", "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"),
    ];

    public static async Task<StartupResult> RunAsync(string paperBotDll, string databasePath, int runs, CancellationToken cancellationToken)
    {
        var host = DotnetHost();
        var self = typeof(StartupBench).Assembly.Location;
        string[] stats = [paperBotDll, "stats", "--db", databasePath];
        string[] help = [paperBotDll, "--help"];
        string[] runtime = [self, "--noop"];

        // One untimed start each, so every timed start finds the files in the OS cache.
        foreach (var args in new[] { stats, help, runtime })
        {
            await TimeAsync(host, args, cancellationToken);
        }

        var statsMs = new List<double>();
        var helpMs = new List<double>();
        var runtimeMs = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            statsMs.Add(await TimeAsync(host, stats, cancellationToken));
            helpMs.Add(await TimeAsync(host, help, cancellationToken));
            runtimeMs.Add(await TimeAsync(host, runtime, cancellationToken));
        }

        return new StartupResult(Median(statsMs), Median(helpMs), Median(runtimeMs), runs, TimeStatsQueries(databasePath));
    }

    /// <summary>The dotnet executable that runs this program (not an app host, which <c>dotnet run</c> may use).</summary>
    public static string DotnetHost()
    {
        if (Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet")
        {
            return path;
        }

        var fromRuntime = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet"));
        return File.Exists(fromRuntime) ? fromRuntime : "dotnet";
    }

    private static async Task<double> TimeAsync(string host, string[] args, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {host}");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        clock.Stop();
        await Task.WhenAll(output, error);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{string.Join(' ', args)}' exited with {process.ExitCode}: {(await error).Trim()}");
        }

        return clock.Elapsed.TotalMilliseconds;
    }

    private static Dictionary<string, double> TimeStatsQueries(string databasePath)
    {
        using var database = new RawDatabase(databasePath).WithStoreSettings();
        var times = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, sql) in StatsQueries)
        {
            var clock = Stopwatch.StartNew();
            _ = database.Scalar(sql);
            times[name] = clock.Elapsed.TotalMilliseconds;
        }

        return times;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
