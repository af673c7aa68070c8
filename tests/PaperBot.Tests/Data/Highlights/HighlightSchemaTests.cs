using PaperBot.Data.Database;
using SQLite;

namespace PaperBot.Tests.Data.Highlights;

public sealed class HighlightSchemaTests : IDisposable
{
    private readonly TestStore _store = new();

    [Fact]
    public async Task Open_Version2File_UpgradesToTheHighlightTablesKeepingPapers()
    {
        // Arrange: a file as PaperBot left it before highlights (schema 2).
        using (var old = new SQLiteConnection(_store.DatabasePath))
        {
            foreach (var sql in Schema.Version1.Concat(Schema.Version2))
            {
                old.Execute(sql);
            }

            old.Execute("INSERT INTO papers(id, title, norm_title, abstract, added_at) VALUES(7, 'Quantized Training', 'quantized training', 'We quantize.', 'x')");
            old.Execute("PRAGMA user_version = 2");
        }

        // Act
        var version = _store.Database.Read(c => c.ExecuteScalar<int>("PRAGMA user_version"));
        var tables = _store.Database.Read(c => c.QueryScalars<string>("SELECT name FROM sqlite_master WHERE type = 'table'"));

        // Assert
        Assert.Equal(Schema.CurrentVersion, version);
        Assert.Subset(tables.ToHashSet(), new HashSet<string> { "subscriptions", "highlight_posts", "posted_papers" });
        Assert.Equal("Quantized Training", (await _store.Store.GetAsync(7, CancellationToken.None))?.Paper.Title);
    }

    public void Dispose() => _store.Dispose();
}
