using PaperBot.Benchmarks.Ingest;

namespace PaperBot.Benchmarks.Reporting;

/// <summary>
/// The ingest comparison at one size. <see cref="PaperBotWork"/> is PaperBot's non-SQL ingest work timed on its own
/// (see IngestProfile); <see cref="BaselineWithTermVectors"/> is the baseline plus schema 2's term vectors done bare
/// (a diagnostic, not a target: see BaselineTermWriter); <see cref="RowMismatch"/> is null when the ingests stored the same rows.
/// </summary>
internal sealed record IngestReport(
    IngestRun PaperBot,
    IngestRun Baseline,
    IngestRun BaselineWithTermVectors,
    IReadOnlyDictionary<string, double> PaperBotWork,
    string? RowMismatch)
{
    public double Ratio => Baseline.PapersPerSecond > 0 ? PaperBot.PapersPerSecond / Baseline.PapersPerSecond : 0;
}
