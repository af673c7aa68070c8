using PaperBot.Data.Database;
using SQLite;

namespace PaperBot.Data.Vectors;

/// <summary>Gives every paper without a sparse vector its vector: the papers of a file upgraded from schema 1.</summary>
internal static class TermBackfill
{
    public static void Run(SQLiteConnection connection)
    {
        // Streamed row by row: an old database may hold more papers than fit in memory at once.
        using var papers = new Statement(
            connection, "SELECT id, title, abstract FROM papers WHERE id NOT IN (SELECT paper_id FROM paper_terms) ORDER BY id");
        using var writer = new TermIndexWriter(connection);
        var counter = new TermCounter();
        try
        {
            while (papers.Read())
            {
                var vector = TermIndexWriter.Compute(counter, papers.GetText(1) ?? "", papers.GetText(2) ?? "");
                writer.Store(papers.GetInt64(0), vector, newPaper: true);
            }
        }
        finally
        {
            papers.Reset();
        }

        writer.Flush();
    }
}
