using PaperBot.Data.Database;

namespace PaperBot.Data.Vectors.VectorIndex;

/// <summary>
/// A model's vectors saved between two rowids of <c>paper_embeddings</c>: how the graph's delta and the held vectors catch
/// up with what was saved since they last looked (a replaced vector has a new, higher rowid, so it is among them).
/// </summary>
internal static class SavedVectors
{
    private const string RowsSql = "SELECT paper_id, vector FROM paper_embeddings WHERE model = ?1 AND rowid > ?2 AND rowid <= ?3";

    /// <summary>The model's rows with a rowid in (<paramref name="afterRowid"/>, <paramref name="upToRowid"/>], decoded, in the order SQLite reads them.</summary>
    public static List<(long Id, float[] Vector)> Between(SqliteDatabase database, string modelId, long afterRowid, long upToRowid) =>
        database.Read(c =>
        {
            var found = new List<(long Id, float[] Vector)>();
            using var rows = new Statement(c, RowsSql);
            rows.Bind(1, modelId).Bind(2, afterRowid).Bind(3, upToRowid);
            try
            {
                while (rows.Read())
                {
                    found.Add((rows.GetInt64(0), VectorBlob.Decode(rows.GetBlobSpan(1))));
                }
            }
            finally
            {
                rows.Reset();
            }

            return found;
        });
}
