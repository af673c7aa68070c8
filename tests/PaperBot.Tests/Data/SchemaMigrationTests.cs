using PaperBot.Data.Database;
using PaperBot.Data.Vectors;
using SQLite;

namespace PaperBot.Tests.Data;

public sealed class SchemaMigrationTests : IDisposable
{
    private readonly TestStore _store = new(pageYear: 2025);

    [Fact]
    public async Task Open_Version1File_UpgradesKeepingPapersAndGivesEveryPaperAVector()
    {
        // Arrange: a file as PaperBot 1 left it, papers included.
        using (var old = new SQLiteConnection(_store.DatabasePath))
        {
            foreach (var sql in Schema.Version1)
            {
                old.Execute(sql);
            }

            old.Execute("INSERT INTO papers(id, title, norm_title, abstract, added_at) VALUES(7, 'Quantized Training', 'quantized training', 'We quantize weights to four bits.', 'x')");
            old.Execute("INSERT INTO papers(id, title, norm_title, abstract, added_at) VALUES(9, 'Pipeline Parallelism', 'pipeline parallelism', 'Layers run on many devices.', 'x')");
            old.Execute("INSERT INTO papers_fts(rowid, title, abstract) SELECT id, title, abstract FROM papers");
            old.Execute("PRAGMA user_version = 1");
        }

        // Act
        var version = _store.Database.Read(c => c.ExecuteScalar<int>("PRAGMA user_version"));

        // Assert
        Assert.Equal(Schema.CurrentVersion, version);
        Assert.Equal("Quantized Training", (await _store.Store.GetAsync(7, CancellationToken.None))?.Paper.Title);
        Assert.Equal(2, _store.Count("paper_terms"));
        Assert.Equal(2, _store.Database.Read(c => c.ExecuteScalar<long>("SELECT df FROM term_df WHERE term = ''")));
        var terms = _store.Database.Read(c => TermVector.Decode(c.ExecuteScalar<byte[]>("SELECT terms FROM paper_terms WHERE paper_id = 7")));
        Assert.Contains("quantiz", terms.Terms);
        Assert.Equal("Quantized Training", Assert.Single(await _store.Search.SearchAsync("quantized", 5, CancellationToken.None)).Title);
    }

    [Fact]
    public void Open_NewFile_HasTheVersion2Tables()
    {
        var tables = _store.Database.Read(c => c.QueryScalars<string>("SELECT name FROM sqlite_master WHERE type = 'table'"));

        Assert.Subset(tables.ToHashSet(), new HashSet<string> { "paper_terms", "term_df", "paper_embeddings", "conversation_turns" });
    }

    public void Dispose() => _store.Dispose();
}
