namespace PaperBot.Core.Corpus.Loading;

/// <summary>
/// A store's side of an ingest (see <see cref="CorpusLoader"/>): one transaction per corpus file. The sink turns its
/// database's failures into <see cref="Papers.StoreException"/>s.
/// </summary>
public interface ICorpusSink : IDisposable
{
    /// <summary>
    /// Starts loading a file in a transaction of its own, recording it under <paramref name="sourceKey"/> (its content
    /// hash, and the category filter when there is one); <c>null</c> when a file with that key was loaded before (skip it).
    /// Two processes beginning the same key together: one loads it, the other gets <c>null</c>.
    /// </summary>
    Task<ICorpusFileLoad?> BeginFileAsync(string path, string sourceKey, CorpusFormat format, CancellationToken cancellationToken);
}
