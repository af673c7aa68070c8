using PaperBot.Benchmarks.Measurement;

namespace PaperBot.Benchmarks.Search;

/// <summary>
/// Search and autocomplete latencies over the fixed query set (every sample of every query pooled), the empty
/// autocomplete input apart, the peak resident memory while querying, and each query's own figures.
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
    IReadOnlyList<QueryTiming> Completions);
