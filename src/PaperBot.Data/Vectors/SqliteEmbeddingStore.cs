using PaperBot.Core.Papers;
using PaperBot.Data.Database;

namespace PaperBot.Data.Vectors;

/// <summary>
/// Dense vectors per embedding model, unit length, as little-endian float32 BLOBs. Nearest neighbours are found by a
/// brute-force scan (cosine = dot product of unit vectors): exact, and fast enough for a corpus of this size.
/// </summary>
internal sealed class SqliteEmbeddingStore(SqliteDatabase database) : IEmbeddingStore
{
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

        var blobs = vectors.Select(v => (v.Id, Blob: VectorBlob.Encode(VectorBlob.Normalize(v.Vector)))).ToList();
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
        return Task.FromResult(database.Read(c => c.ExecuteScalar<int>("SELECT EXISTS(SELECT 1 FROM paper_embeddings WHERE model = ?)", modelId) == 1));
    }

    public Task<IReadOnlyList<(long Id, double Score)>> NearestAsync(string modelId, float[] query, int top, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Nearest(modelId, query, top, excludeId: null));
    }

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

        var unit = VectorBlob.Normalize(query);
        var best = new PriorityQueue<long, float>(top + 1);
        database.Read(c =>
        {
            using var scan = new Statement(c, "SELECT paper_id, vector FROM paper_embeddings WHERE model = ?1");
            scan.Bind(1, modelId);
            try
            {
                while (scan.Read())
                {
                    var id = scan.GetInt64(0);
                    var blob = scan.GetBlobSpan(1);
                    if (id == excludeId || blob.Length != unit.Length * sizeof(float))
                    {
                        continue;
                    }

                    // A min-heap of the best so far: its head is the one to drop.
                    var score = VectorBlob.Dot(blob, unit);
                    if (best.Count < top)
                    {
                        best.Enqueue(id, score);
                    }
                    else if (best.TryPeek(out _, out var worst) && score > worst)
                    {
                        best.EnqueueDequeue(id, score);
                    }
                }
            }
            finally
            {
                scan.Reset();
            }

            return 0;
        });

        var result = new List<(long Id, double Score)>(best.Count);
        while (best.TryDequeue(out var id, out var score))
        {
            result.Add((id, score));
        }

        result.Reverse();
        return result;
    }

    private sealed class PaperText
    {
        public long Id { get; set; }
        public string Title { get; set; } = "";
        public string Abstract { get; set; } = "";
    }
}
