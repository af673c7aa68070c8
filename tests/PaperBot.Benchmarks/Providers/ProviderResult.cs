using PaperBot.Benchmarks.Measurement;

namespace PaperBot.Benchmarks.Providers;

/// <summary>
/// One provider on one corpus size: the ingest (papers loaded, seconds, and the search index build PaperBot's ingest
/// verb runs after it, 0 when there is none), the database's size, and search and autocomplete latency over the fixed
/// query set (pooled over every query and repetition).
/// </summary>
internal sealed record ProviderResult(
    string Provider,
    int Papers,
    long Loaded,
    double IngestSeconds,
    double IndexSeconds,
    long DatabaseBytes,
    Latency Search,
    Latency Autocomplete);
