namespace PaperBot.Benchmarks.Ingest;

/// <summary>
/// One ingest of a generated corpus into a fresh database. <see cref="SqlitePeakBytes"/> is the most SQLite's own
/// allocator held during any of its turns (sqlite3_memory_highwater): the native part of <see cref="PeakRssBytes"/>.
/// </summary>
internal sealed record IngestRun(
    double Seconds,
    long Entries,
    long NewRows,
    long Merged,
    long PeakRssBytes,
    long SqlitePeakBytes,
    long DatabaseBytes,
    IReadOnlyDictionary<string, double>? PhaseSeconds = null)
{
    public double PapersPerSecond => Seconds > 0 ? Entries / Seconds : 0;
}
