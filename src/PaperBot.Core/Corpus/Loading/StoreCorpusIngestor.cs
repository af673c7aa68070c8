namespace PaperBot.Core.Corpus.Loading;

/// <summary>
/// <see cref="ICorpusIngestor"/> for a store: every overload runs <see cref="CorpusLoader"/> over the sink the store
/// opens, so each store says only how to open its sink.
/// </summary>
public abstract class StoreCorpusIngestor(CorpusFileReader reader, TimeProvider time, ICorpusLoadLog log) : ICorpusIngestor
{
    private readonly CorpusLoader _loader = new(reader, time, log);

    /// <summary>The clock the ingest dates its files by.</summary>
    protected TimeProvider Time { get; } = time;

    public Task<IngestReport> IngestAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken) =>
        IngestAsync(paths, CategoryFilter.All, cancellationToken);

    public Task<IngestReport> IngestAsync(IReadOnlyList<string> paths, CategoryFilter categories, CancellationToken cancellationToken) =>
        IngestAsync(paths, categories, progress: null, stopAfterFile: CancellationToken.None, cancellationToken);

    public Task<IngestReport> IngestAsync(
        IReadOnlyList<string> paths, CategoryFilter categories, IProgress<IngestProgress>? progress, CancellationToken stopAfterFile, CancellationToken cancellationToken) =>
        _loader.LoadAsync(OpenSink, paths, categories, progress, stopAfterFile, cancellationToken);

    /// <summary>Opens the store's side of one ingest run (called only when there is a file to load).</summary>
    protected abstract ICorpusSink OpenSink();
}
