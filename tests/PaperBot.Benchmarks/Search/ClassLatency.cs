using PaperBot.Benchmarks.Measurement;

namespace PaperBot.Benchmarks.Search;

/// <summary>
/// One class of the query mix ("common word", "phrase", "title start, 6 chars", ...): every sample of its queries
/// pooled, on both sides. The latency targets hold per class, so one slow class cannot hide in the pool.
/// </summary>
internal sealed record ClassLatency(string Kind, int Queries, Latency PaperBot, Latency Bare)
{
    /// <summary>The classes of <paramref name="queries"/>, in the order they first appear; sample lists by query index.</summary>
    public static IReadOnlyList<ClassLatency> Of(IReadOnlyList<BenchQuery> queries, IReadOnlyList<List<double>> paperBotMs, IReadOnlyList<List<double>> bareMs) =>
        queries.Select((q, i) => (q.Kind, Index: i))
            .GroupBy(q => q.Kind)
            .Select(g => new ClassLatency(
                g.Key,
                g.Count(),
                Latency.Of(g.SelectMany(q => paperBotMs[q.Index]).ToList()),
                Latency.Of(g.SelectMany(q => bareMs[q.Index]).ToList())))
            .ToList();
}
