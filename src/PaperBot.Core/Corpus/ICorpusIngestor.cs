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
}
