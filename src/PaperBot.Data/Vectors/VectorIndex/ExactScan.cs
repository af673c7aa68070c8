using PaperBot.Data.Database;
using PaperBot.Core.Papers.Vectors;

namespace PaperBot.Data.Vectors.VectorIndex;

/// <summary>The brute-force search: every stored vector of the model, read in place from SQLite. Exact, and the reference the index is measured against.</summary>
internal static class ExactScan
{
    /// <summary>The <paramref name="top"/> vectors closest to <paramref name="unit"/>, best first, leaving out <paramref name="excludeId"/>.</summary>
    public static IReadOnlyList<(long Id, double Score)> Nearest(SqliteDatabase database, string modelId, float[] unit, int top, long? excludeId)
    {
        var best = new TopScores(top);
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
                    if (id != excludeId && blob.Length == unit.Length * sizeof(float))
                    {
                        best.Offer(id, VectorBlob.Dot(blob, unit));
                    }
                }
            }
            finally
            {
                scan.Reset();
            }

            return 0;
        });
        return best.Drain();
    }
}
