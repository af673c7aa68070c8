using PaperBot.Benchmarks.Measurement;

namespace PaperBot.Benchmarks.Search;

/// <summary>
/// Search and autocomplete latencies over the fixed query set (every sample of every query pooled), the empty
/// autocomplete input apart, the peak resident memory while querying, and each query's own figures; the same per
/// class of the mix (<see cref="SearchClasses"/>, <see cref="CompleteClasses"/>, the empty input among the latter);
/// the top-10 overlap with the exact BM25 ranking; and how long PaperBot's search took to be ready before timing.
/// </summary>
internal sealed record SearchReport(
    Latency SearchPaperBot,
    Latency SearchBare,
    Latency CompletePaperBot,
    Latency CompleteBare,
    Latency CompletePrefixOnly,
    Latency EmptyPaperBot,
    Latency EmptyBare,
    long PeakRssBytes,
    SearchOverhead Overhead,
    IReadOnlyList<QueryTiming> Searches,
    IReadOnlyList<QueryTiming> Completions,
    IReadOnlyList<ClassLatency> SearchClasses,
    IReadOnlyList<ClassLatency> CompleteClasses,
    RankingReport Ranking,
    double SearchReadyMs);
