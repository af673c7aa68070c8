using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PaperBot.Core.Papers;
using PaperBot.Data;
using PaperBot.Data.Database;
using SQLite;

namespace PaperBot.Tests.Data;

public sealed class StoreErrorTests : IDisposable
{
    private readonly TestStore _store = new(pageYear: 2025, busyTimeoutSeconds: 0);

    [Fact]
    public async Task IngestAsync_DatabaseLockedByAnotherWriter_SaysLockedAndWritesNothing()
    {
        var path = _store.WriteFile("a.txt", PageDumps.Page("Dec 4", ("Some Paper", "An abstract that is long enough to be one.", null)));
        using var other = _store.Database.Open();
        other.Execute("BEGIN EXCLUSIVE");

        var error = await Assert.ThrowsAsync<StoreException>(() => _store.Ingestor.IngestAsync([path], CancellationToken.None));
        other.Execute("ROLLBACK");

        Assert.Contains("locked", error.Message);
        Assert.Contains(_store.DatabasePath, error.Message);
        Assert.Contains("--db", error.Message);
        Assert.Equal(0, _store.Count("papers"));
    }

    [Fact]
    public void Open_FileThatIsNotADatabase_SaysSoInOneLine()
    {
        File.WriteAllText(_store.DatabasePath, "this is a text file, not SQLite, and it is long enough to have a header page of sorts.......");

        var error = Assert.Throws<StoreException>(() => _store.Database.Open());

        Assert.Contains("not a PaperBot database", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Open_FolderCannotBeCreated_SaysWhatToDo()
    {
        var blocker = _store.WriteFile("blocker", "a file where a folder should be");
        using var database = new SqliteDatabase(
            Options.Create(new StoreOptions { DatabasePath = Path.Combine(blocker, "sub", "paperbot.db") }),
            NullLogger<SqliteDatabase>.Instance);

        var error = Assert.Throws<StoreException>(() => database.Open());

        Assert.Contains("--db FILE", error.Message);
    }

    [Fact]
    public void Open_NewerSchema_AsksToUpdate()
    {
        using (var connection = new SQLiteConnection(_store.DatabasePath))
        {
            connection.Execute("PRAGMA user_version = 99");
        }

        var error = Assert.Throws<StoreException>(() => _store.Database.Open());

        Assert.Contains("newer PaperBot", error.Message);
    }

    [Fact]
    public async Task IngestAsync_DiskFullHalfWayThroughAFile_SaysFullAndKeepsEarlierFilesWhole()
    {
        var pageCount = 0L;
        using var store = new TestStore(pageYear: 2025, afterOpen: c =>
        {
            // The database may not grow past its size after the first file: the second file hits "disk full".
            if (pageCount > 0)
            {
                c.ExecuteScalar<long>($"PRAGMA max_page_count = {pageCount}");
            }
        });
        var first = store.WriteFile("first.txt", PageDumps.Page("Dec 4", ("First File Paper", "Short but fine. " + new string('x', 200), null)));
        Assert.Equal(0, (await store.Ingestor.IngestAsync([first], CancellationToken.None)).Failed);
        pageCount = store.Database.Read(c => c.ExecuteScalar<long>("PRAGMA page_count"));
        var big = store.WriteFile("big.txt", PageDumps.Page("Dec 4",
            Enumerable.Range(0, 500).Select(i => ($"Big File Paper {i}", string.Join(' ', Enumerable.Repeat($"word{i} text", 200)), (string?)null)).ToArray()));

        var error = await Assert.ThrowsAsync<StoreException>(() => store.Ingestor.IngestAsync([big], CancellationToken.None));

        Assert.Contains("full", error.Message);
        Assert.Equal(1, store.Count("papers"));
        Assert.Equal(1, store.Count("source_files"));
        Assert.Single(await store.Search.SearchAsync("first file paper", 10, CancellationToken.None));
    }

    [Fact]
    public async Task IngestAsync_ReadOnlyDatabase_SaysReadOnlyAndSearchStillWorks()
    {
        var readOnly = false;
        using var store = new TestStore(pageYear: 2025, afterOpen: c => c.ExecuteScalar<int>($"PRAGMA query_only = {(readOnly ? 1 : 0)}"));
        var first = store.WriteFile("first.txt", PageDumps.Page("Dec 4", ("Existing Paper", "Already in the database before it became read-only.", null)));
        await store.Ingestor.IngestAsync([first], CancellationToken.None);
        readOnly = true;
        var second = store.WriteFile("second.txt", PageDumps.Page("Dec 4", ("New Paper", "Cannot be written.", null)));

        var error = await Assert.ThrowsAsync<StoreException>(() => store.Ingestor.IngestAsync([second], CancellationToken.None));

        Assert.Contains("read-only", error.Message);
        Assert.Single(await store.Search.SearchAsync("existing paper", 10, CancellationToken.None));
        Assert.Equal(1, store.Count("papers"));
    }

    [Theory]
    [InlineData(SQLite3.Result.ReadOnly, "read-only")]
    [InlineData(SQLite3.Result.Full, "full")]
    [InlineData(SQLite3.Result.Busy, "locked")]
    [InlineData(SQLite3.Result.IOError, "disk error")]
    [InlineData(SQLite3.Result.CannotOpen, "cannot open")]
    public void Translate_SqliteFailure_NamesTheCauseAndTheFile(SQLite3.Result result, string expected)
    {
        var error = StoreErrors.Translate(SQLiteException.New(result, "detail"), "/data/paperbot.db");

        Assert.Contains(expected, error.Message);
        Assert.Contains("/data/paperbot.db", error.Message);
        Assert.DoesNotContain("detail", error.Message);
    }

    public void Dispose() => _store.Dispose();
}
