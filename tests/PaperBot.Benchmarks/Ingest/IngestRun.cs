namespace PaperBot.Benchmarks.Ingest;

/// <summary>One ingest of a generated corpus into a fresh database.</summary>
internal sealed record IngestRun(
    double Seconds,
    long Entries,
    long NewRows,
    long Merged,
    long PeakRssBytes,
    long DatabaseBytes,
    IReadOnlyDictionary<string, double>? PhaseSeconds = null)
{
    public double PapersPerSecond => Seconds > 0 ? Entries / Seconds : 0;
}
