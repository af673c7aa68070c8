using PaperBot.Data.Database;
using SQLite;

namespace PaperBot.Data.Search.Words;

/// <summary>
/// Each paper's length in tokens (title and abstract together: the D of FTS5's BM25), read from an FTS5 table's
/// <c>_docsize</c> shadow table, where every row holds its columns' token counts as SQLite varints.
/// </summary>
internal static class DocumentLengths
{
    public static ushort[] Read(SQLiteConnection connection, string docsizeTable, long maxPaperId)
    {
        var lengths = new ushort[checked((int)maxPaperId + 1)];
        using var rows = new Statement(connection, $"SELECT id, sz FROM {docsizeTable} WHERE id <= ?");
        rows.Bind(1, maxPaperId);
        while (rows.Read())
        {
            var sizes = rows.GetBlobSpan(1);
            long total = 0;
            var position = 0;
            while (position < sizes.Length)
            {
                total += Varint.ReadSqlite(sizes, ref position);
            }

            // A paper of more than 65,535 tokens counts as that long: BM25 barely tells such lengths apart.
            lengths[rows.GetInt64(0)] = (ushort)Math.Min(total, ushort.MaxValue);
        }

        rows.Reset();
        return lengths;
    }
}
