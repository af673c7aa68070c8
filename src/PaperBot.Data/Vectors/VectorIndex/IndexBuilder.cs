using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using PaperBot.Data.Database;

namespace PaperBot.Data.Vectors.VectorIndex;

/// <summary>Builds a model's HNSW index from its rows in SQLite, on a connection of its own so searches go on meanwhile.</summary>
internal static class IndexBuilder
{
    // Rows read per step before the cores add them in parallel: big enough to keep them busy, small enough to stay flat in memory.
    private const int ChunkRows = 4096;

    /// <summary>The dimensions of the model's vectors (those of its first row), or 0 when it has none.</summary>
    public static int Dimensions(SqliteDatabase database, string modelId) =>
        database.Read(c => c.ExecuteScalar<int>("SELECT coalesce(length(vector), 0) FROM paper_embeddings WHERE model = ? LIMIT 1", modelId)) / sizeof(float);

    /// <summary>
    /// Builds the model's index from rows up to <paramref name="watermark"/>, saves it with its manifest and returns it mapped
    /// from the file; the copy in memory when it could not be saved (one warning); null when the model has no vectors.
    /// </summary>
    public static HnswGraph? BuildAndSave(
        SqliteDatabase database, string modelId, IndexFiles files, HnswParameters parameters, long watermark, ILogger logger, CancellationToken cancellationToken)
    {
        var dimensions = Dimensions(database, modelId);
        if (dimensions == 0)
        {
            return null;
        }

        var built = Build(database, modelId, dimensions, parameters, watermark, cancellationToken);
        try
        {
            var count = built.Count;
            files.Write(built, length => new IndexManifest(
                IndexManifest.CurrentFormat, modelId, dimensions, count, watermark, length,
                parameters.Quantization, parameters.Connectivity, parameters.ExpansionAdd));
            // Serve from the mapped file rather than the copy in memory: the OS shares and evicts its pages.
            var mapped = HnswGraph.View(files.IndexPath, parameters.ExpansionSearch);
            built.Dispose();
            return mapped;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or VectorIndexException)
        {
            Log.VectorIndexNotSaved(logger, files.IndexPath, error.Message);
            return built;
        }
    }

    /// <summary>An index of the model's vectors in rows up to <paramref name="watermark"/>; vectors of other dimensions are left out.</summary>
    public static HnswGraph Build(SqliteDatabase database, string modelId, int dimensions, HnswParameters parameters, long watermark, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        var rows = connection.ExecuteScalar<long>("SELECT count(*) FROM paper_embeddings WHERE model = ? AND rowid <= ?", modelId, watermark);
        var graph = HnswGraph.Create(dimensions, parameters, rows);
        try
        {
            using var scan = new Statement(connection, "SELECT paper_id, vector FROM paper_embeddings WHERE model = ?1 AND rowid <= ?2");
            scan.Bind(1, modelId).Bind(2, watermark);
            var ids = new long[ChunkRows];
            var values = new float[ChunkRows * dimensions];
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
            try
            {
                // Stepping a finished statement would start it again (SQLite resets it): stop at the first "done".
                var more = true;
                while (more)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var count = 0;
                    while (count < ChunkRows && (more = scan.Read()))
                    {
                        var blob = scan.GetBlobSpan(1);
                        if (blob.Length == dimensions * sizeof(float))
                        {
                            ids[count] = scan.GetInt64(0);
                            Decode(blob, values.AsSpan(count * dimensions, dimensions));
                            count++;
                        }
                    }

                    if (count == 0)
                    {
                        break;
                    }

                    Parallel.For(0, count, parallel, i => graph.Add(ids[i], values.AsSpan(i * dimensions, dimensions)));
                }
            }
            finally
            {
                scan.Reset();
            }

            return graph;
        }
        catch
        {
            graph.Dispose();
            throw;
        }
    }

    private static void Decode(ReadOnlySpan<byte> blob, Span<float> into)
    {
        if (BitConverter.IsLittleEndian)
        {
            MemoryMarshal.Cast<byte, float>(blob).CopyTo(into);
        }
        else
        {
            VectorBlob.Decode(blob).CopyTo(into);
        }
    }
}
