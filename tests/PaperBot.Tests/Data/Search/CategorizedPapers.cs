using PaperBot.Data.Papers;

namespace PaperBot.Tests.Data.Search;

/// <summary>
/// Papers with arXiv categories and publication dates in a real store: ingested as a page dump (so the FTS index and
/// everything else is as ingest leaves it), then given their categories and date the way the arXiv snapshot will.
/// </summary>
internal static class CategorizedPapers
{
    public const string Filler = "The rest of this abstract says nothing in particular.";

    public sealed record Entry(string Title, string Abstract, string Categories, string? PublishedOn);

    /// <summary>Ingests <paramref name="papers"/> and returns their ids by title.</summary>
    public static async Task<Dictionary<string, long>> AddAsync(TestStore store, params Entry[] papers)
    {
        var path = store.WriteFile($"{Guid.NewGuid():N}.txt", PageDumps.Page("Dec 4", papers.Select(p => (p.Title, p.Abstract, (string?)null)).ToArray()));
        Assert.Equal(0, (await store.Ingestor.IngestAsync([path], CancellationToken.None)).Failed);
        var ids = new Dictionary<string, long>();
        store.Database.Write(connection =>
        {
            foreach (var paper in papers)
            {
                var id = connection.ExecuteScalar<long>("SELECT id FROM papers WHERE title = ?", paper.Title);
                StoredCategories.Write(connection, id, StoredCategories.Parse(paper.Categories));
                connection.Execute("UPDATE papers SET published_on = ? WHERE id = ?", paper.PublishedOn, id);
                ids[paper.Title] = id;
            }

            return 0;
        });
        return ids;
    }
}
