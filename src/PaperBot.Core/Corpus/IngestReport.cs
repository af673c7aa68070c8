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

    /// <summary>True when the run was asked to stop (Ctrl+C) and left <see cref="NotStarted"/> files for next time.</summary>
    public bool Stopped { get; init; }

    /// <summary>Files found but not started because the run was stopped; not counted in <see cref="Files"/>.</summary>
    public int NotStarted { get; init; }
}
