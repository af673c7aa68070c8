namespace PaperBot.Core.Corpus;

/// <summary>Loads corpus files into the store: one transaction per file, idempotent, bad files reported and skipped.</summary>
public interface ICorpusIngestor
{
    /// <summary>Ingests files and folders (folders recursively, hidden files left out), in name order.</summary>
    Task<IngestReport> IngestAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken);

    /// <summary>
    /// Ingests as above, reporting <paramref name="progress"/> (after each file, and every so often within one).
    /// Once <paramref name="stopAfterFile"/> is cancelled the file being loaded is still finished and committed, no further
    /// file is started, and the report says <see cref="IngestReport.Stopped"/>; <paramref name="cancellationToken"/> aborts at
    /// once, rolling back the file being loaded.
    /// </summary>
    Task<IngestReport> IngestAsync(IReadOnlyList<string> paths, IProgress<IngestProgress>? progress, CancellationToken stopAfterFile, CancellationToken cancellationToken);
}
