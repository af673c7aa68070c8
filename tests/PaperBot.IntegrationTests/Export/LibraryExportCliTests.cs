using PaperBot.Data.Library;
using PaperBot.IntegrationTests.Cli;
using SQLite;

namespace PaperBot.IntegrationTests.Export;

/// <summary><c>library export</c> and the shell's <c>/export</c> on a real database, for the member "local".</summary>
public sealed class LibraryExportCliTests : IDisposable
{
    private readonly PaperBotProcess _paperbot = new();

    [Fact]
    public async Task LibraryExport_SavedPapers_FileBibToolAcceptsAndShellExportWritesInTheFolder()
    {
        // The first run loads the bundled corpus into the default database.
        Assert.Equal(0, (await _paperbot.RunAsync(null, "search", "GPipe")).ExitCode);
        var db = _paperbot.DefaultDatabasePath;
        var empty = await _paperbot.RunAsync(null, "library", "export", "--format", "bibtex", "--db", db);
        Assert.Equal(1, empty.ExitCode);
        Assert.Contains("nothing to export", empty.Error, StringComparison.Ordinal);

        Save(db, "GPipe%", ["systems"], "pipeline & 100% {braces}");
        Save(db, "RARTS%", [], null);
        var bib = Path.Combine(_paperbot.Home, "out.bib");
        var result = await _paperbot.RunAsync(null, "library", "export", "--format", "bibtex", "--out", bib, "--db", db);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Wrote 2 papers to", result.Output, StringComparison.Ordinal);
        var (diagnostics, _) = await BibTool.CheckAsync(bib);
        Assert.True(diagnostics.Length == 0, $"bibtool reported:\n{diagnostics}");
        Assert.Contains("@misc{gpipe", await File.ReadAllTextAsync(bib), StringComparison.Ordinal);

        var tagged = await _paperbot.RunAsync(null, "library", "export", "--format", "csl-json", "--tag", "systems", "--db", db);
        Assert.True(tagged.ExitCode == 0, tagged.ToString());
        Assert.Contains("\"keyword\": \"systems\"", tagged.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("RARTS", tagged.Output, StringComparison.Ordinal);

        var shell = await _paperbot.RunAsync("/export markdown\n", "chat", "--db", db);
        var written = Path.Combine(_paperbot.Home, "papers.md");
        Assert.Contains($"Wrote 2 papers to {written}", shell.Output, StringComparison.Ordinal);
        Assert.StartsWith("# My papers (2)", await File.ReadAllTextAsync(written), StringComparison.Ordinal);
    }

    public void Dispose() => _paperbot.Dispose();

    private static void Save(string db, string titleLike, IReadOnlyList<string> tags, string? note)
    {
        using var connection = new SQLiteConnection(db);
        var id = connection.ExecuteScalar<long>("SELECT id FROM papers WHERE title LIKE ? ORDER BY id LIMIT 1", titleLike);
        Assert.True(id > 0, $"{connection.ExecuteScalar<int>("SELECT count(*) FROM papers")} papers in {db}");
        connection.Execute("INSERT INTO library_items(member_id, paper_id, tags, note, saved_at) VALUES('local', ?, ?, ?, ?)",
            id, StoredTags.Format(tags), note, PaperBot.Data.Highlights.StoredTime.Format(DateTimeOffset.UtcNow));
    }
}
