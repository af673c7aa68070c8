namespace PaperBot.Core.Corpus;

/// <summary>
/// What an ingest did. Files = Ingested + Skipped + Failed; Entries = New + Merged (entries of ingested files only).
/// <see cref="Errors"/> names the failed files, and also the bad lines skipped inside ingested files
/// (<see cref="BadEntries"/>); any error means the ingest did not load everything it was given.
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

    /// <summary>Entries left out by <c>--categories</c> (in none of the categories, or with no categories at all).</summary>
    public long FilteredOut { get; init; }

    /// <summary>Bad entries reported and skipped inside files whose other entries were loaded.</summary>
    public long BadEntries { get; init; }
}
