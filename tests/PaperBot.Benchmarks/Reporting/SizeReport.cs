using PaperBot.Benchmarks.Generation;
using PaperBot.Benchmarks.Ingest;
using PaperBot.Benchmarks.Measurement;
using PaperBot.Benchmarks.Search;

namespace PaperBot.Benchmarks.Reporting;

/// <summary>
/// Everything measured at one corpus size. <see cref="PaperBotWork"/> is PaperBot's non-SQL ingest work timed on its
/// own (see IngestProfile); <see cref="BaselineWithTermVectors"/> is the baseline plus schema 2's term vectors done bare
/// (a diagnostic, not a target: see BaselineTermWriter); <see cref="RowMismatch"/> is null when both ingests stored the same rows.
/// </summary>
internal sealed record SizeReport(
    int Papers,
    GenerationResult Corpus,
    IngestRun PaperBot,
    IngestRun Baseline,
    IngestRun BaselineWithTermVectors,
    IReadOnlyDictionary<string, double> PaperBotWork,
    string? RowMismatch,
    SearchReport Search,
    StartupResult? Startup)
{
    public double IngestRatio => Ratio(PaperBot.PapersPerSecond, Baseline.PapersPerSecond);

    public double SearchP50Ratio => Ratio(Search.SearchPaperBot.P50Ms, Search.SearchBare.P50Ms);

    public double SearchP99Ratio => Ratio(Search.SearchPaperBot.P99Ms, Search.SearchBare.P99Ms);

    public double CompleteP50Ratio => Ratio(Search.CompletePaperBot.P50Ms, Search.CompleteBare.P50Ms);

    public double CompleteP99Ratio => Ratio(Search.CompletePaperBot.P99Ms, Search.CompleteBare.P99Ms);

    public double DuplicateShare => Papers > 0 ? (double)Corpus.DuplicateTitles / Papers : 0;

    private static double Ratio(double ours, double theirs) => theirs > 0 ? ours / theirs : 0;
}
