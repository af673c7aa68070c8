using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PaperBot.Core.Papers;
using PaperBot.Data.Database;
using PaperBot.Data.Vectors.VectorIndex;
using PaperBot.Core.Papers.Vectors;
using PaperBot.Retrieval.Vectors;

namespace PaperBot.Data.Vectors;

/// <summary>
/// Dense vectors per embedding model, unit length, as little-endian float32 BLOBs. Nearest neighbours (cosine = dot
/// product of unit vectors) come from the model's <see cref="ModelIndex"/>: an exact scan while it has few vectors, an
/// HNSW index kept beside the database above that; SQLite stays the source of truth.
/// </summary>
internal sealed class SqliteEmbeddingStore(
    SqliteDatabase database,
    IOptions<VectorIndexOptions>? indexOptions = null,
    ILogger<SqliteEmbeddingStore>? logger = null) : IStoredVectors, IDisposable
{
    private readonly VectorIndexSet _index = new(
        database, indexOptions?.Value ?? new VectorIndexOptions(), (ILogger?)logger ?? NullLogger.Instance);

    // PaperBot never deletes a vector, so a model once seen with vectors keeps them: every search asks, and only the
    // first "yes" needs the database.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _modelsWithVectors = new(StringComparer.Ordinal);

    private const string MissingSql = """
        SELECT p.id AS Id, p.title AS Title, p.abstract AS Abstract FROM papers AS p
        WHERE NOT EXISTS (SELECT 1 FROM paper_embeddings AS e WHERE e.model = ? AND e.paper_id = p.id)
        ORDER BY p.id LIMIT ?
        """;

    public Task<IReadOnlyList<(long Id, string Text)>> GetMissingAsync(string modelId, int max, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        cancellationToken.ThrowIfCancellationRequested();
        if (max <= 0)
        {
            return Task.FromResult<IReadOnlyList<(long, string)>>([]);
        }

        var rows = database.Read(c => c.Query<PaperText>(MissingSql, modelId, max));
        IReadOnlyList<(long, string)> missing = rows.Select(r => (r.Id, r.Title + "\n\n" + r.Abstract)).ToList();
        return Task.FromResult(missing);
    }

    public Task SaveAsync(string modelId, IReadOnlyList<(long Id, float[] Vector)> vectors, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentNullException.ThrowIfNull(vectors);
        cancellationToken.ThrowIfCancellationRequested();
        if (vectors.Count == 0)
        {
            return Task.CompletedTask;
        }

        if (vectors.Any(v => v.Vector is null || v.Vector.Length == 0 || v.Vector.Length != vectors[0].Vector.Length))
        {
            throw new ArgumentException("Embeddings must be non-empty and of one dimension.", nameof(vectors));
        }

        var blobs = vectors.Select(v => (v.Id, Blob: VectorBlob.Encode(UnitVectors.Normalize(v.Vector)))).ToList();
        database.Write(c =>
        {
            foreach (var (id, blob) in blobs)
            {
                c.Execute("INSERT OR REPLACE INTO paper_embeddings(model, paper_id, vector) VALUES(?, ?, ?)", modelId, id, blob);
            }

            return blobs.Count;
        });
        return Task.CompletedTask;
    }

    public Task<(long Embedded, long Papers)> CountAsync(string modelId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        cancellationToken.ThrowIfCancellationRequested();
        // Papers are never deleted, so every vector belongs to a paper: two index counts, no join.
        return Task.FromResult(database.Read(c => (
            c.ExecuteScalar<long>("SELECT COUNT(*) FROM paper_embeddings WHERE model = ?", modelId),
            c.ExecuteScalar<long>("SELECT COUNT(*) FROM papers"))));
    }

    public Task<bool> HasAnyAsync(string modelId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_modelsWithVectors.ContainsKey(modelId))
        {
            return Task.FromResult(true);
        }

        var any = database.Read(c => c.ExecuteScalar<int>("SELECT EXISTS(SELECT 1 FROM paper_embeddings WHERE model = ?)", modelId) == 1);
        if (any)
        {
            _modelsWithVectors.TryAdd(modelId, true);
        }

        return Task.FromResult(any);
    }

    public Task<IReadOnlyList<(long Id, double Score)>> NearestAsync(string modelId, float[] query, int top, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Nearest(modelId, query, top, excludeId: null));
    }

    /// <summary>Nothing to do: every read goes to the file, and its index catches up with the file by itself.</summary>
    public Task CatchUpAsync(string modelId, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A paper's stored vector for the model, or <c>null</c>.</summary>
    public float[]? Find(string modelId, long paperId)
    {
        var blob = database.Read(c => c.ExecuteScalar<byte[]?>("SELECT vector FROM paper_embeddings WHERE model = ? AND paper_id = ?", modelId, paperId));
        return blob is null ? null : VectorBlob.Decode(blob);
    }

    /// <summary>The <paramref name="top"/> closest papers, best first, leaving out <paramref name="excludeId"/>.</summary>
    public IReadOnlyList<(long Id, double Score)> Nearest(string modelId, float[] query, int top, long? excludeId)
    {
        if (top <= 0 || query.Length == 0)
        {
            return [];
        }

        return _index.For(modelId).Nearest(UnitVectors.Normalize(query), top, excludeId);
    }

    /// <summary>The model's search: its mode and index file (for tests and the benchmark).</summary>
    internal ModelIndex IndexOf(string modelId) => _index.For(modelId);

    public void Dispose() => _index.Dispose();

    private sealed class PaperText
    {
        public long Id { get; set; }
        public string Title { get; set; } = "";
        public string Abstract { get; set; } = "";
    }
}
