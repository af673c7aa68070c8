namespace PaperBot.Core.Corpus;

/// <summary>
/// What an ingest did. Files = Ingested + Skipped + Failed; Entries = New + Merged (entries of ingested files only).
/// </summary>
public sealed record IngestReport(
    int Files,
    int Ingested,
    int Skipped,
    int Failed,
    long Entries,
    long New,
    long Merged,
    IReadOnlyList<IngestFileError> Errors)
{
    public static IngestReport Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, []);
}
