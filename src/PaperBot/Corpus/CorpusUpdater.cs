using Microsoft.Extensions.Logging;
using PaperBot.Core.Corpus;
using PaperBot.Embeddings;

namespace PaperBot.Corpus;

/// <summary>
/// Loads files while PaperBot runs (the corpus watcher, the Hugging Face source): ingest, then ask the background
/// backfill to embed the new papers (never embedded here: a long backfill must not hold up the next load).
/// One load at a time, so two sources never queue on SQLite's write lock against each other.
/// </summary>
internal sealed class CorpusUpdater(ICorpusIngestor ingestor, EmbeddingBackfillSignal embeddings, ILogger<CorpusUpdater> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>
    /// Ingests the files (idempotent: unchanged content is a cheap skip) and logs the outcome.
    /// Store failures and cancellation are thrown; <paramref name="origin"/> names the caller in the log.
    /// </summary>
    public async Task<IngestReport> UpdateAsync(string origin, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Each bad file is already logged by the ingestor, in one line (path:line: reason); not twice.
            var report = await ingestor.IngestAsync(files, cancellationToken);
            if (report.Ingested + report.Failed > 0)
            {
                CorpusLog.Ingested(logger, origin, report.Files, report.Ingested, report.Skipped, report.Failed, report.New, report.Merged);
            }
            else
            {
                CorpusLog.NothingNew(logger, origin, report.Files);
            }

            // Only new papers lack vectors; without an embedding model the pass does nothing.
            if (report.Ingested > 0)
            {
                embeddings.Request();
            }

            return report;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
