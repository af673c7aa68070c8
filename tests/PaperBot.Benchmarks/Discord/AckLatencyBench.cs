using System.Diagnostics;
using System.Text.Json;
using PaperBot.Benchmarks.Measurement;
using PaperBot.Benchmarks.Reporting;
using PaperBot.FakeDiscord;

namespace PaperBot.Benchmarks.Discord;

/// <summary>
/// Interaction acknowledgement latency (<c>--ack-latency</c>): the real PaperBot program and a bare responder, each
/// connected to its own fake Discord for the whole run, get the same rounds of /search interactions, in turns
/// (baseline first in odd rounds, PaperBot first in even ones) so a slow spell of the machine hits both alike.
/// </summary>
internal sealed class AckLatencyBench(BenchmarkOptions options, TextWriter output, TextWriter progress)
{
    /// <summary>Discord's own Hello interval (the fake's default of 200 ms suits tests, not a latency measurement).</summary>
    private const int HeartbeatIntervalMs = 41_250;
    private const string LoadAverageFile = "/proc/loadavg";
    private static readonly TimeSpan EmbeddingPatience = TimeSpan.FromMinutes(5);

    public async Task<AckLatencyReport> RunAsync(CancellationToken cancellationToken)
    {
        var paperBotDll = PaperBotLocator.Find(options.PaperBotDll)
            ?? throw new InvalidOperationException("PaperBot.dll not found: build src/PaperBot in the same configuration or pass --paperbot PATH/PaperBot.dll");
        await using var bareDiscord = await FakeDiscordServer.StartAsync(FakeOptions());
        await using var paperBotDiscord = await FakeDiscordServer.StartAsync(FakeOptions());

        await progress.WriteLineAsync($"connecting the bare responder to {bareDiscord.ApiBaseUrl}");
        await using var bare = await BareResponder.ConnectAsync(bareDiscord.ApiBaseUrl, bareDiscord.Token, cancellationToken);
        await WaitLiveAsync(bareDiscord, cancellationToken);

        await progress.WriteLineAsync($"starting {paperBotDll} run against {paperBotDiscord.ApiBaseUrl} (the first run loads the bundled corpus)");
        await using var paperBot = await PaperBotProcess.StartAsync(paperBotDll, paperBotDiscord, cancellationToken);

        // A fresh home embeds the bundled corpus once, in the background, on one core; the rounds measure the bot as
        // members meet it afterwards (the search benchmark likewise waits for the word index).
        var embeddingWait = Stopwatch.StartNew();
        var embedded = await Task.WhenAny(paperBot.EmbeddingEnded, Task.Delay(EmbeddingPatience, cancellationToken));
        await progress.WriteLineAsync(embedded == paperBot.EmbeddingEnded
            ? $"PaperBot's first-start embedding ended after {embeddingWait.Elapsed.TotalSeconds:0.0} s: {paperBot.EmbeddingEnded.Result}"
            : $"PaperBot's first-start embedding had not ended after {EmbeddingPatience.TotalMinutes:0} min: measuring anyway");

        var loadBefore = LoadAverage();
        AckSideRun[] sides = [new("baseline", bareDiscord), new("PaperBot", paperBotDiscord)];
        await progress.WriteLineAsync($"warm-up round: {options.InFlight} interactions each");
        foreach (var side in sides)
        {
            await side.RunRoundAsync(0, options.InFlight, paperBot, timed: false, cancellationToken);
        }

        for (var round = 1; round <= options.Rounds; round++)
        {
            foreach (var side in round % 2 == 1 ? sides : [sides[1], sides[0]])
            {
                CollectOwnGarbage();
                await side.RunRoundAsync(round, options.InFlight, paperBot, timed: true, cancellationToken);
                if (paperBot.HasExited)
                {
                    throw new InvalidOperationException($"PaperBot exited during round {round}; its last lines:{Environment.NewLine}{paperBot.OutputTail}");
                }
            }

            await progress.WriteLineAsync($"round {round}/{options.Rounds}: p99 " + string.Join(", ", sides.Select(s => $"{s.Name} {Latency.Of(s.Rounds[^1].LatenciesMs).P99Ms:0.0} ms")));
        }

        var (baseline, ours) = (sides[0].Report(), sides[1].Report());
        await progress.WriteLineAsync("timing PaperBot's own work per /search on one thread (parse, search, reply)");
        var work = await AckWorkProfile.RunAsync(paperBot.DatabasePath, paperBotDiscord.ApplicationId, cancellationToken);
        var report = new AckLatencyReport(MachineInfo.Current(peakRssPerPhase: false), options.Rounds, options.InFlight, HeartbeatIntervalMs,
            $"{loadBefore} -> {LoadAverage()}", ours, baseline, work, AckLatencyReport.Evaluate(ours, baseline));
        new AckLatencyPrinter(output).Print(report);
        if (options.JsonFile is { } json)
        {
            await File.WriteAllTextAsync(json, JsonSerializer.Serialize(report, BenchmarkJsonContext.Default.AckLatencyReport), cancellationToken);
            await progress.WriteLineAsync($"wrote {json}");
        }

        return report;
    }

    /// <summary>
    /// Collects this process's garbage between rounds. The fakes and the bare responder allocate ~120 MB/s during rounds;
    /// left alone, this process's first collection (a gen1 pausing it 176 ms) fell in the 16th round of every run, and
    /// the callbacks the paused fake received late counted as the bot's latency. A round allocates less than a gen0
    /// budget, so after a collection no pause of the instrument falls inside one.
    /// </summary>
    private static void CollectOwnGarbage()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    /// <summary>The 1-minute load average (Linux), since the machine is shared: "n/a" elsewhere.</summary>
    private static string LoadAverage() => File.Exists(LoadAverageFile) ? File.ReadAllText(LoadAverageFile).Split(' ')[0] : "n/a";

    private static FakeDiscordOptions FakeOptions() => new() { HeartbeatIntervalMilliseconds = HeartbeatIntervalMs };

    private static async Task WaitLiveAsync(FakeDiscordServer discord, CancellationToken cancellationToken)
    {
        for (var waited = 0; !(discord.IdentifyCount > 0 && discord.IsSessionLive); waited += 10)
        {
            if (waited > 10_000)
            {
                throw new InvalidOperationException($"the bare responder did not identify in 10 s: {string.Join("; ", discord.Violations)}");
            }

            await Task.Delay(10, cancellationToken);
        }
    }
}
