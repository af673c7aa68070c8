using System.Diagnostics;
using PaperBot.Benchmarks.Ingest;
using PaperBot.Benchmarks.Measurement;
using PaperBot.Data.Search;

namespace PaperBot.Benchmarks.Search;

/// <summary>
/// Times SqlitePaperSearch against the bare queries on one database: each query once untimed on both sides, then
/// <c>repetitions</c> rounds in which the sides alternate call by call, so drift and cache state hit both alike.
/// </summary>
internal static class SearchBench
{
    public const int Top = 10;
    public const int MaxCompletions = 25;

    public static async Task<SearchReport> RunAsync(
        string databasePath, IReadOnlyList<BenchQuery> searches, IReadOnlyList<BenchQuery> prefixes, int repetitions, CancellationToken cancellationToken)
    {
        ProcessMemory.ResetPeak();
        using var database = PaperBotIngest.OpenStore(databasePath);
        var search = new SqlitePaperSearch(database);
        using var bare = new BareSearch(databasePath);
        await WarmUpAsync(search, bare, searches, prefixes, cancellationToken);

        var searchTimings = new List<QueryTiming>();
        var searchSamples = new Samples();
        foreach (var query in searches)
        {
            var match = FtsQuery.Parse(query.Text) ?? throw new InvalidOperationException($"'{query.Text}' has no searchable word");
            var hits = bare.Search(match.AllTerms, Top);
            var samples = await TimeAsync(
                repetitions,
                async () => await search.SearchAsync(query.Text, Top, cancellationToken),
                () => bare.Search(match.AllTerms, Top),
                null,
                cancellationToken);
            searchSamples.Add(samples);
            searchTimings.Add(new QueryTiming(query.Kind, query.Text, hits, hits == 0 && match.HasAlternatives, Latency.Of(samples.PaperBot), Latency.Of(samples.Bare)));
        }

        var completions = new List<QueryTiming>();
        var typedSamples = new Samples();
        Samples? emptySamples = null;
        foreach (var query in prefixes.Prepend(new BenchQuery("empty input", "")))
        {
            var typed = TypedPrefix.From(query.Text);
            var samples = await TimeAsync(
                repetitions,
                async () => await search.CompleteTitleAsync(query.Text, MaxCompletions, cancellationToken),
                () => bare.Complete(typed, MaxCompletions),
                () => bare.PrefixOnly(typed, MaxCompletions),
                cancellationToken);
            if (query.Text.Length == 0)
            {
                emptySamples = samples;
            }
            else
            {
                typedSamples.Add(samples);
            }

            completions.Add(new QueryTiming(
                query.Kind, query.Text, bare.Complete(typed, MaxCompletions), false, Latency.Of(samples.PaperBot), Latency.Of(samples.Bare), Latency.Of(samples.Third)));
        }

        var overhead = SearchProfile.Run(database, bare, searches, Math.Min(repetitions, 10));
        return new SearchReport(
            Latency.Of(searchSamples.PaperBot),
            Latency.Of(searchSamples.Bare),
            Latency.Of(typedSamples.PaperBot),
            Latency.Of(typedSamples.Bare),
            Latency.Of(typedSamples.Third),
            Latency.Of(emptySamples!.PaperBot),
            Latency.Of(emptySamples.Bare),
            ProcessMemory.PeakBytes(),
            overhead,
            searchTimings,
            completions);
    }

    /// <summary>
    /// Runs the whole set until PaperBot's managed code (sqlite-net mapping, snippets) has been called often enough to
    /// be re-compiled by tiered JIT: at least two passes and one second. Otherwise the first queries timed pay tier-0 code.
    /// </summary>
    private static async Task WarmUpAsync(
        SqlitePaperSearch search, BareSearch bare, IReadOnlyList<BenchQuery> searches, IReadOnlyList<BenchQuery> prefixes, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        for (var pass = 0; pass < 2 || (clock.Elapsed < TimeSpan.FromSeconds(1) && pass < 50); pass++)
        {
            foreach (var query in searches)
            {
                await search.SearchAsync(query.Text, Top, cancellationToken);
                bare.Search(FtsQuery.Parse(query.Text)!.AllTerms, Top);
            }

            foreach (var query in prefixes.Prepend(new BenchQuery("empty input", "")))
            {
                await search.CompleteTitleAsync(query.Text, MaxCompletions, cancellationToken);
                bare.Complete(TypedPrefix.From(query.Text), MaxCompletions);
            }
        }

        // Let the background JIT finish what the warm-up queued.
        await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
    }

    private static async Task<Samples> TimeAsync(int repetitions, Func<Task> paperBot, Action bare, Action? third, CancellationToken cancellationToken)
    {
        await paperBot();
        bare();
        third?.Invoke();
        var samples = new Samples();
        for (var round = 0; round < repetitions; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (round % 2 == 0)
            {
                samples.PaperBot.Add(await TimeAsync(paperBot));
                samples.Bare.Add(Time(bare));
            }
            else
            {
                samples.Bare.Add(Time(bare));
                samples.PaperBot.Add(await TimeAsync(paperBot));
            }

            if (third is not null)
            {
                samples.Third.Add(Time(third));
            }
        }

        return samples;
    }

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

    /// <summary>Milliseconds per call, by side: PaperBot, the bare query, and a third variant (the range query alone).</summary>
    private sealed class Samples
    {
        public List<double> PaperBot { get; } = [];

        public List<double> Bare { get; } = [];

        public List<double> Third { get; } = [];

        public void Add(Samples other)
        {
            PaperBot.AddRange(other.PaperBot);
            Bare.AddRange(other.Bare);
            Third.AddRange(other.Third);
        }
    }
}
