namespace PaperBot.Core.Corpus;

/// <summary>Loads corpus files into the store: one transaction per file, idempotent, bad files reported and skipped.</summary>
public interface ICorpusIngestor
{
    /// <summary>Ingests files and folders (folders recursively, hidden files left out), in name order.</summary>
    Task<IngestReport> IngestAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="IngestAsync(IReadOnlyList{string}, CancellationToken)"/>, loading only the papers in
    /// <paramref name="categories"/>; the others are counted in <see cref="IngestReport.FilteredOut"/>.
    /// </summary>
    Task<IngestReport> IngestAsync(IReadOnlyList<string> paths, CategoryFilter categories, CancellationToken cancellationToken);

    /// <summary>
    /// Ingests as above (only the papers in <paramref name="categories"/>), reporting <paramref name="progress"/> (after each file, and every so often within one).
    /// Once <paramref name="stopAfterFile"/> is cancelled the file being loaded is still finished and committed, no further
    /// file is started, and the report says <see cref="IngestReport.Stopped"/>; <paramref name="cancellationToken"/> aborts at
    /// once, rolling back the file being loaded.
    /// </summary>
    Task<IngestReport> IngestAsync(
        IReadOnlyList<string> paths, CategoryFilter categories, IProgress<IngestProgress>? progress, CancellationToken stopAfterFile, CancellationToken cancellationToken);
}
