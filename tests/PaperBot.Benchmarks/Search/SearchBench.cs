using PaperBot.Retrieval.Search;
using Microsoft.Extensions.Logging.Abstractions;
using System.Diagnostics;
using Microsoft.Extensions.Options;
using PaperBot.Benchmarks.Ingest;
using PaperBot.Benchmarks.Measurement;
using PaperBot.Core.Papers;
using PaperBot.Data.Database;
using PaperBot.Data.Search;
using PaperBot.Data.Search.Words;

namespace PaperBot.Benchmarks.Search;

/// <summary>
/// Times SqlitePaperSearch against the bare queries on one database. After a warm-up, each of <c>repetitions</c>
/// rounds runs every query once on each side, the side that goes first alternating; so a slow spell of the machine
/// lands on many queries and both sides, not on every sample of one query.
/// </summary>
internal static class SearchBench
{
    public const int Top = 10;
    public const int MaxCompletions = 25;

    /// <summary>The class of the empty autocomplete input (Discord's first request for an option).</summary>
    public const string EmptyInput = "empty input";

    public static async Task<SearchReport> RunAsync(
        string databasePath, IReadOnlyList<BenchQuery> searches, IReadOnlyList<BenchQuery> prefixes, int repetitions, CancellationToken cancellationToken)
    {
        ProcessMemory.ResetPeak();
        using var database = PaperBotIngest.OpenStore(databasePath);
        var (search, readyMs) = await CreatePaperBotSearchAsync(database, cancellationToken);
        using var bare = new BareSearch(databasePath);
        var typed = prefixes.Prepend(new BenchQuery(EmptyInput, "")).ToList();
        var matches = searches.Select(q => FtsQuery.Parse(q.Text) ?? throw new InvalidOperationException($"'{q.Text}' has no searchable word")).ToList();
        var typedPrefixes = typed.Select(q => TypedPrefix.From(q.Text)).ToList();
        var searchCalls = searches.Select((q, i) => new Calls(
            async () => await search.SearchAsync(q.Text, Top, cancellationToken),
            () => bare.Search(matches[i].AllTerms, Top),
            null)).ToList();
        var completeCalls = typed.Select((q, i) => new Calls(
            async () => await search.CompleteTitleAsync(q.Text, MaxCompletions, cancellationToken),
            () => bare.Complete(typedPrefixes[i], MaxCompletions),
            () => bare.PrefixOnly(typedPrefixes[i], MaxCompletions))).ToList();

        await WarmUpAsync([.. searchCalls, .. completeCalls], cancellationToken);
        await RunRoundsAsync(searchCalls, repetitions, cancellationToken);
        await RunRoundsAsync(completeCalls, repetitions, cancellationToken);

        var searchTimings = searches.Select((q, i) =>
        {
            var hits = bare.Search(matches[i].AllTerms, Top);
            return new QueryTiming(q.Kind, q.Text, hits, hits == 0 && matches[i].HasAlternatives, Latency.Of(searchCalls[i].PaperBotMs), Latency.Of(searchCalls[i].BareMs));
        }).ToList();
        var completions = typed.Select((q, i) => new QueryTiming(
            q.Kind, q.Text, bare.Complete(typedPrefixes[i], MaxCompletions), false,
            Latency.Of(completeCalls[i].PaperBotMs), Latency.Of(completeCalls[i].BareMs), Latency.Of(completeCalls[i].ThirdMs))).ToList();

        var ranking = await RankingCheck.RunAsync(search, bare, searches, Top, cancellationToken);
        var overhead = SearchProfile.Run(database, bare, searches, Math.Min(repetitions, 10));
        var typedOnly = completeCalls.Skip(1).ToList();
        return new SearchReport(
            Pool(searchCalls, c => c.PaperBotMs),
            Pool(searchCalls, c => c.BareMs),
            Pool(typedOnly, c => c.PaperBotMs),
            Pool(typedOnly, c => c.BareMs),
            Pool(typedOnly, c => c.ThirdMs),
            Latency.Of(completeCalls[0].PaperBotMs),
            Latency.Of(completeCalls[0].BareMs),
            ProcessMemory.PeakBytes(),
            overhead,
            searchTimings,
            completions,
            ClassLatency.Of(searches, searchCalls.Select(c => c.PaperBotMs).ToList(), searchCalls.Select(c => c.BareMs).ToList()),
            ClassLatency.Of(typed, completeCalls.Select(c => c.PaperBotMs).ToList(), completeCalls.Select(c => c.BareMs).ToList()),
            ranking,
            readyMs);
    }

    /// <summary>
    /// The one place PaperBot's search is created and made ready before anything is timed; returns it and how long
    /// getting it ready took (reported as "search ready after"). It is the BM25 path, set explicitly: the app's default
    /// <c>Search:Mode</c> is Hybrid (which needs the embedding model), and the targets are about BM25 search.
    /// Work PaperBot does in the background after opening a database (a derived index built from SQLite, say) is
    /// to be awaited here, so that its build time is reported and the timed calls measure the finished index.
    /// </summary>
    /// <summary>
    /// PaperBot's BM25 search as the host wires it, with its word index built (or loaded) before timing starts: the
    /// ready time is the index build after an ingest (what the ingest verb adds), or its load when it is already there.
    /// </summary>
    private static async Task<(IPaperSearch Search, double ReadyMs)> CreatePaperBotSearchAsync(SqliteDatabase database, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var start = Stopwatch.GetTimestamp();
        var words = new WordIndex(database, NullLogger<WordIndex>.Instance);
        await words.BuildIfNeededAsync(cancellationToken);
        var search = new SqlitePaperSearch(database, Options.Create(new SearchOptions { Mode = SearchMode.Bm25 }), words: words);

        // The first search loads the index's dictionary and paper lengths (once per process): part of getting ready.
        await search.SearchAsync("model", 1, cancellationToken);
        return (search, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }

    /// <summary>
    /// Runs every call until PaperBot's managed code (sqlite-net mapping, snippets) has been called often enough to be
    /// re-compiled by tiered JIT: at least two passes and one second; then collects the warm-up's garbage.
    /// </summary>
    private static async Task WarmUpAsync(IReadOnlyList<Calls> calls, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        for (var pass = 0; pass < 2 || (clock.Elapsed < TimeSpan.FromSeconds(1) && pass < 50); pass++)
        {
            foreach (var call in calls)
            {
                await call.PaperBot();
                call.Bare();
            }
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
    }

    private static async Task RunRoundsAsync(IReadOnlyList<Calls> calls, int repetitions, CancellationToken cancellationToken)
    {
        for (var round = 0; round < repetitions; round++)
        {
            for (var i = 0; i < calls.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var call = calls[i];
                if ((round + i) % 2 == 0)
                {
                    call.PaperBotMs.Add(await TimeAsync(call.PaperBot));
                    call.BareMs.Add(Time(call.Bare));
                }
                else
                {
                    call.BareMs.Add(Time(call.Bare));
                    call.PaperBotMs.Add(await TimeAsync(call.PaperBot));
                }

                if (call.Third is not null)
                {
                    call.ThirdMs.Add(Time(call.Third));
                }
            }
        }
    }

    private static Latency Pool(IEnumerable<Calls> calls, Func<Calls, List<double>> side) => Latency.Of(calls.SelectMany(side).ToList());

    private static async Task<double> TimeAsync(Func<Task> call)
    {
        var start = Stopwatch.GetTimestamp();
        await call();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    private static double Time(Action call)
    {
        var start = Stopwatch.GetTimestamp();
        call();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    /// <summary>One query on each side (and a third variant for autocomplete: the range query alone), with its samples in ms.</summary>
    private sealed class Calls(Func<Task> paperBot, Action bare, Action? third)
    {
        public Func<Task> PaperBot => paperBot;

        public Action Bare => bare;

        public Action? Third => third;

        public List<double> PaperBotMs { get; } = [];

        public List<double> BareMs { get; } = [];

        public List<double> ThirdMs { get; } = [];
    }
}
