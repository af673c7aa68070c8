using PaperBot.Benchmarks.Generation;
using PaperBot.Benchmarks.Measurement;
using PaperBot.Benchmarks.Search;

namespace PaperBot.Benchmarks.Reporting;

/// <summary>
/// Everything measured at one corpus size. <see cref="Ingest"/> is null when PaperBot's database was reused from an
/// earlier kept run (<c>--reuse</c>): then only search, autocomplete and start-up were measured.
/// <see cref="DatabaseBytes"/> is PaperBot's database on disk, as ingested or as found.
/// </summary>
internal sealed record SizeReport(
    int Papers,
    GenerationResult Corpus,
    IngestReport? Ingest,
    long DatabaseBytes,
    SearchReport Search,
    StartupResult? Startup)
{
    public bool Reused => Ingest is null;

    public double SearchP50Ratio => Ratio(Search.SearchPaperBot.P50Ms, Search.SearchBare.P50Ms);

    public double SearchP99Ratio => Ratio(Search.SearchPaperBot.P99Ms, Search.SearchBare.P99Ms);

    public double CompleteP50Ratio => Ratio(Search.CompletePaperBot.P50Ms, Search.CompleteBare.P50Ms);

    public double CompleteP99Ratio => Ratio(Search.CompletePaperBot.P99Ms, Search.CompleteBare.P99Ms);

    public double DuplicateShare => Papers > 0 ? (double)Corpus.DuplicateTitles / Papers : 0;

    private static double Ratio(double ours, double theirs) => theirs > 0 ? ours / theirs : 0;
}
