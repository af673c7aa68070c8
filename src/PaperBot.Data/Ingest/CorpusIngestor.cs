using Microsoft.Extensions.Logging;
using PaperBot.Core.Corpus;
using PaperBot.Core.Corpus.Loading;
using PaperBot.Data.Database;

namespace PaperBot.Data.Ingest;

/// <summary>
/// Loads corpus files into the SQLite file: <see cref="CorpusLoader"/>'s rules (a transaction per file, a file seen
/// before skipped) over a <see cref="SqliteCorpusSink"/>.
/// </summary>
internal sealed class CorpusIngestor(
    SqliteDatabase database,
    CorpusFileReader reader,
    TimeProvider time,
    ILogger<CorpusIngestor> logger) : ICorpusIngestor
{
    private readonly CorpusLoader _loader = new(reader, time, new IngestLog(logger));

    public Task<IngestReport> IngestAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken) =>
        IngestAsync(paths, CategoryFilter.All, cancellationToken);

    public Task<IngestReport> IngestAsync(IReadOnlyList<string> paths, CategoryFilter categories, CancellationToken cancellationToken) =>
        IngestAsync(paths, categories, progress: null, stopAfterFile: CancellationToken.None, cancellationToken);

    public Task<IngestReport> IngestAsync(
        IReadOnlyList<string> paths, CategoryFilter categories, IProgress<IngestProgress>? progress, CancellationToken stopAfterFile, CancellationToken cancellationToken) =>
        _loader.LoadAsync(() => new SqliteCorpusSink(database, time), paths, categories, progress, stopAfterFile, cancellationToken);
}
