using PaperBot.Retrieval.Vectors;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PaperBot.AI.Embeddings;
using PaperBot.Benchmarks.Measurement;
using PaperBot.Benchmarks.Reporting;
using PaperBot.Core.Chat;
using PaperBot.Core.Corpus;
using PaperBot.Core.Papers;
using PaperBot.Data.Vectors;

namespace PaperBot.Benchmarks.Ask;

/// <summary>
/// <c>--ask</c>: the offline assistant's answer latency on the bundled corpus, through the app's own registrations
/// (<see cref="AskHost"/>) and a real SQLite database with the semantic index complete, against the search it builds on
/// (<see cref="IPaperSearch.SearchAsync"/> for 5 papers) on the same questions, call by call, in one process.
/// </summary>
internal sealed class AskBench(BenchmarkOptions options, TextWriter output, TextWriter progress)
{
    private const int SearchTop = 5;
    private const int SlowestShown = 5;
    private const string LoadAverageFile = "/proc/loadavg";

    public async Task<AskReport> RunAsync(CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("paperbot-ask-bench-").FullName;
        try
        {
            using var host = AskHost.Create(Path.Combine(folder, "paperbot.db"));
            return await RunInAsync(host.Services, cancellationToken);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<AskReport> RunInAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        services.GetRequiredService<IStartupValidator>().Validate();
        var conversations = AskConversation.Load(Path.Combine(AppContext.BaseDirectory, "eval"));
        var turns = conversations.SelectMany(c => c.Turns).ToArray();

        ProcessMemory.ResetPeak();
        var setup = Stopwatch.StartNew();
        var papers = await IngestAsync(services.GetRequiredService<ICorpusIngestor>(), cancellationToken);
        var model = await CatchUpAsync(services.GetRequiredService<EmbeddingIndexer>(), cancellationToken);
        setup.Stop();
        var setupPeak = ProcessMemory.PeakBytes();

        var assistant = services.GetRequiredService<IAssistant>();
        var search = services.GetRequiredService<IPaperSearch>();
        QueryVectorReset? fresh = options.AskCached ? null : new(services.GetRequiredService<DenseNeighbours>(), (MeaningSimilarity)services.GetRequiredService<IMeaningSimilarity>());
        var askMs = turns.Select(_ => new List<double>()).ToArray();
        var searchMs = turns.Select(_ => new List<double>()).ToArray();
        var citations = new int[turns.Length];
        var withCitations = 0;
        ProcessMemory.ResetPeak();
        var loadBefore = LoadAverage();
        for (var pass = 0; pass <= options.Repetitions; pass++)
        {
            var timed = pass > 0;
            var index = 0;
            for (var c = 0; c < conversations.Count; c++)
            {
                // A new conversation per pass, as a member would ask it once; the follow-up goes to the same one.
                var conversationId = $"ask-bench-{pass}-{c}";
                foreach (var turn in conversations[c].Turns)
                {
                    // The sides alternate which goes first, so neither always finds the other's work in the caches.
                    var askFirst = (pass + index) % 2 == 0;
                    fresh?.Reset();
                    var searchElapsed = askFirst ? 0 : await TimeSearchAsync(search, turn.Question, cancellationToken);
                    fresh?.Reset();
                    var started = Stopwatch.GetTimestamp();
                    var answer = await assistant.AskAsync(conversationId, turn.Question, cancellationToken);
                    var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    fresh?.Reset();
                    searchElapsed = askFirst ? await TimeSearchAsync(search, turn.Question, cancellationToken) : searchElapsed;
                    if (timed)
                    {
                        askMs[index].Add(elapsed);
                        searchMs[index].Add(searchElapsed);
                        withCitations += answer.Citations.Count > 0 ? 1 : 0;
                    }
                    else
                    {
                        citations[index] = answer.Citations.Count;
                    }

                    index++;
                }
            }

            await progress.WriteLineAsync(timed ? $"pass {pass}/{options.Repetitions} done" : $"warm-up pass done: {turns.Length} questions");
        }

        var askPeak = ProcessMemory.PeakBytes();
        var ask = AskLatency.Of(askMs.SelectMany(s => s).ToArray());
        var bare = AskLatency.Of(searchMs.SelectMany(s => s).ToArray());
        var sets = turns.Select((t, i) => (t.Set, Index: i)).GroupBy(t => t.Set)
            .Select(g => new AskSetLatency(g.Key, g.Count(), AskLatency.Of(g.SelectMany(t => askMs[t.Index]).ToArray()), AskLatency.Of(g.SelectMany(t => searchMs[t.Index]).ToArray())))
            .ToArray();
        var slowest = turns.Select((t, i) => new AskQuestionTiming(t.Set, t.Question, AskLatency.Of(askMs[i]).P50Ms, askMs[i].Max(), AskLatency.Of(searchMs[i]).P50Ms, citations[i]))
            .OrderByDescending(q => q.AskMaxMs)
            .Take(SlowestShown)
            .ToArray();
        var report = new AskReport(MachineInfo.Current(ProcessMemory.PeakIsPerPhase), papers, model, setup.Elapsed.TotalSeconds, conversations.Count, turns.Length,
            options.Repetitions, !options.AskCached, $"{loadBefore} -> {LoadAverage()}", ask, bare, sets, slowest, withCitations, setupPeak, askPeak, AskReport.Evaluate(ask, bare));
        new AskPrinter(output).Print(report);
        if (options.JsonFile is { } json)
        {
            await File.WriteAllTextAsync(json, JsonSerializer.Serialize(report, BenchmarkJsonContext.Default.AskReport), cancellationToken);
            await progress.WriteLineAsync($"wrote {json}");
        }

        return report;
    }

    private async Task<int> IngestAsync(ICorpusIngestor ingestor, CancellationToken cancellationToken)
    {
        await progress.WriteLineAsync($"ingesting {options.CorpusFolder}");
        var report = await ingestor.IngestAsync([options.CorpusFolder], cancellationToken);
        return report.Failed == 0 && report.New > 0
            ? (int)report.New
            : throw new InvalidOperationException($"the bundled corpus did not ingest: {report.New} papers, {report.Failed} files failed");
    }

    /// <summary>What <c>SemanticIndexCatchUp</c> does before a one-shot <c>ask</c>: embed the papers that lack vectors, then check none is left.</summary>
    private async Task<string> CatchUpAsync(EmbeddingIndexer indexer, CancellationToken cancellationToken)
    {
        await progress.WriteLineAsync("building the semantic index with the local model");
        await indexer.IndexMissingAsync(cancellationToken);
        return await indexer.GetCoverageAsync(cancellationToken) is { Available: true, Missing: 0 } coverage
            ? coverage.Model
            : throw new InvalidOperationException("the semantic index is not complete after the catch-up: is Ai:LocalEmbeddings on and the model loadable?");
    }

    private static async Task<double> TimeSearchAsync(IPaperSearch search, string question, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        _ = await search.SearchAsync(question, SearchTop, cancellationToken);
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    /// <summary>The 1-minute load average (Linux), since the machine is shared: "n/a" elsewhere.</summary>
    private static string LoadAverage() => File.Exists(LoadAverageFile) ? File.ReadAllText(LoadAverageFile).Split(' ')[0] : "n/a";
}
