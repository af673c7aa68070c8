namespace PaperBot.Core.Corpus;

/// <summary>Loads corpus files into the store: one transaction per file, idempotent, bad files reported and skipped.</summary>
public interface ICorpusIngestor
{
    /// <summary>Ingests files and folders (folders recursively, hidden files left out), in name order.</summary>
    Task<IngestReport> IngestAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken);
}
