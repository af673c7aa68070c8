using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using PaperBot.Benchmarks.Generation;
using PaperBot.Benchmarks.Measurement;
using PaperBot.Benchmarks.Reporting;
using PaperBot.Benchmarks.Search;
using PaperBot.Core.Corpus;
using PaperBot.Core.Papers;

namespace PaperBot.Benchmarks.Providers;

/// <summary>
/// The PostgreSQL provider against SQLite on the same synthetic corpus (the page dumps of the main benchmark), in one
/// run: for each size, each provider's store as PaperBot composes it ingests every file (then builds its search index,
/// as the <c>ingest</c> verb does), and the fixed searches and autocompletes are timed on both, the provider that goes
/// first alternating per round. Prints one Markdown table (README, "PostgreSQL").
/// </summary>
internal sealed class ProviderBench(BenchmarkOptions options, TextWriter output, TextWriter progress)
{
    /// <summary>Where the PostgreSQL server is when <c>--postgres</c> is not given.</summary>
    public const string ServerVariable = "PAPERBOT_BENCH_POSTGRES";

    public async Task<IReadOnlyList<ProviderResult>> RunAsync(CancellationToken cancellationToken)
    {
        var server = options.PostgresServer ?? Environment.GetEnvironmentVariable(ServerVariable)
            ?? throw new ArgumentException($"--providers needs a PostgreSQL server: --postgres CONNECTION-STRING or {ServerVariable} (a user that may CREATE DATABASE)");
        var folder = options.OutputFolder ?? Directory.CreateTempSubdirectory("paperbot-providers-").FullName;
        var createdFolder = options.OutputFolder is null || !Directory.Exists(folder);
        Directory.CreateDirectory(folder);
        try
        {
            var realCorpus = Directory.GetFiles(options.CorpusFolder, "*.txt").Order(StringComparer.Ordinal).ToList();
            var vocabulary = await Vocabulary.LoadAsync(realCorpus, BenchmarkRunner.VocabularySize, BenchmarkRunner.Seed, cancellationToken);
            var generator = new PaperTextGenerator(vocabulary, BenchmarkRunner.Seed);
            var corpus = new CorpusGenerator(generator, Path.Combine(folder, "corpus"), snapshot: null);
            var searches = QuerySet.Searches(vocabulary);
            var typed = QuerySet.Prefixes(generator).Prepend(new BenchQuery(SearchBench.EmptyInput, "")).ToList();
            var results = new List<ProviderResult>();
            foreach (var papers in options.Sizes)
            {
                await progress.WriteLineAsync($"[{papers:N0}] generating the corpus in {folder}");
                corpus.Ensure(papers, cancellationToken);
                var files = corpus.Plan(papers).Select(f => f.Path).ToList();
                var name = string.Create(CultureInfo.InvariantCulture, $"paperbot_bench_{papers}_{Guid.NewGuid():N}")[..40];
                await using var sqlite = ProviderStore.Sqlite(Path.Combine(folder, $"providers-{papers}.db"));
                await using var postgres = await ProviderStore.PostgresAsync(server, name, options.Keep, cancellationToken);
                ProviderStore[] stores = [sqlite, postgres];
                var loads = new List<(long Loaded, double Ingest, double Index)>();
                foreach (var store in stores)
                {
                    await progress.WriteLineAsync($"[{papers:N0}] {store.Name}: ingesting {files.Count} files");
                    loads.Add(await IngestAsync(store, files, cancellationToken));
                }

                await progress.WriteLineAsync($"[{papers:N0}] timing {searches.Count} searches and {typed.Count} autocompletes x {options.Repetitions} on both");
                var searchMs = await TimeAsync(stores, searches, (store, q) => store.Get<IPaperSearch>().SearchAsync(q.Text, SearchBench.Top, cancellationToken), cancellationToken);
                var completeMs = await TimeAsync(stores, typed, (store, q) => store.Get<IPaperSearch>().CompleteTitleAsync(q.Text, SearchBench.MaxCompletions, cancellationToken), cancellationToken);
                for (var s = 0; s < stores.Length; s++)
                {
                    results.Add(new ProviderResult(
                        stores[s].Name, papers, loads[s].Loaded, loads[s].Ingest, loads[s].Index, await stores[s].BytesAsync(), Latency.Of(searchMs[s]), Latency.Of(completeMs[s])));
                }
            }

            ProviderPrinter.Print(output, results);
            if (options.JsonFile is { } json)
            {
                await File.WriteAllTextAsync(json, JsonSerializer.Serialize<IReadOnlyList<ProviderResult>>(results, BenchmarkJsonContext.Default.IReadOnlyListProviderResult), cancellationToken);
                await progress.WriteLineAsync($"wrote {json}");
            }

            return results;
        }
        finally
        {
            if (!options.Keep && createdFolder)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>Ingests every file in one call, as <c>ingest FOLDER</c> does, then builds the search index if the provider has one.</summary>
    private static async Task<(long Loaded, double Ingest, double Index)> IngestAsync(ProviderStore store, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var report = await store.Get<ICorpusIngestor>().IngestAsync(files, cancellationToken);
        var ingest = clock.Elapsed.TotalSeconds;
        if (report.Failed > 0)
        {
            throw new InvalidOperationException($"{store.Name} could not ingest a generated file: {report.Errors[0]}");
        }

        clock.Restart();
        var index = await store.Get<ISearchIndexBuilder>().BuildIfNeededAsync(cancellationToken);
        return (report.New, ingest, index is null ? 0 : clock.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// Every query once on each store to warm up, then <c>--queries</c> rounds of every query on each store, the store
    /// that goes first alternating per round; milliseconds per store, over all queries and rounds.
    /// </summary>
    private async Task<List<double>[]> TimeAsync<T>(
        ProviderStore[] stores, IReadOnlyList<BenchQuery> queries, Func<ProviderStore, BenchQuery, Task<T>> call, CancellationToken cancellationToken)
    {
        var samples = stores.Select(_ => new List<double>()).ToArray();
        foreach (var query in queries)
        {
            foreach (var store in stores)
            {
                await call(store, query);
            }
        }

        for (var round = 0; round < options.Repetitions; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var query in queries)
            {
                for (var turn = 0; turn < stores.Length; turn++)
                {
                    var s = (turn + round) % stores.Length;
                    var clock = Stopwatch.StartNew();
                    await call(stores[s], query);
                    samples[s].Add(clock.Elapsed.TotalMilliseconds);
                }
            }
        }

        return samples;
    }
}
