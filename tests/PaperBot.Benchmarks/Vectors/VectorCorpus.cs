using System.Diagnostics;
using PaperBot.Data.Database;
using PaperBot.Data.Vectors;
using PaperBot.Data.Vectors.VectorIndex;
using PaperBot.Core.Papers.Vectors;

namespace PaperBot.Benchmarks.Vectors;

/// <summary>
/// Writes the synthetic vectors into <c>paper_embeddings</c> of a real PaperBot database (ids 1..N, no paper rows: foreign
/// keys are off on this connection) and, in the same pass, finds each query's exact top 10 by brute force in memory, the
/// ground truth for recall.
/// </summary>
internal static class VectorCorpus
{
    public const string Model = "bench-clustered-384";
    private const int Block = 8192;

    public static (double Seconds, long[][] TrueTop) Write(
        SqliteDatabase database, ClusteredVectors vectors, long count, float[][] queries, int k, bool write, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var best = queries.Select(_ => new TopScores(k)).ToArray();
        var block = new float[Block * ClusteredVectors.Dimensions];
        using var connection = database.Open();
        connection.Execute("PRAGMA foreign_keys=OFF");
        using var insert = new Statement(connection, "INSERT OR REPLACE INTO paper_embeddings(model, paper_id, vector) VALUES(?1, ?2, ?3)");
        for (long start = 0; start < count; start += Block)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rows = (int)Math.Min(Block, count - start);
            Parallel.For(0, rows, i => vectors.Fill(start + i, block.AsSpan(i * ClusteredVectors.Dimensions, ClusteredVectors.Dimensions)));
            Parallel.For(0, queries.Length, q =>
            {
                for (var i = 0; i < rows; i++)
                {
                    best[q].Offer(start + i + 1, System.Numerics.Tensors.TensorPrimitives.Dot(block.AsSpan(i * ClusteredVectors.Dimensions, ClusteredVectors.Dimensions), queries[q]));
                }
            });
            if (!write)
            {
                continue;
            }

            connection.RunInTransaction(() =>
            {
                for (var i = 0; i < rows; i++)
                {
                    insert.Bind(1, Model).Bind(2, start + i + 1).Bind(3, VectorBlob.Encode(block.AsSpan(i * ClusteredVectors.Dimensions, ClusteredVectors.Dimensions))).Execute();
                }
            });
        }

        return (clock.Elapsed.TotalSeconds, best.Select(b => b.Drain().Select(n => n.Id).ToArray()).ToArray());
    }
}
