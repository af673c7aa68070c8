using PaperBot.Core.Library;
using PaperBot.Data.Library;

namespace PaperBot.Tests.Data.Library;

public sealed class LibraryStoreTests : IDisposable
{
    private readonly TestStore _store = new();
    private readonly SqliteLibraryStore _library;
    private readonly long[] _ids;

    public LibraryStoreTests()
    {
        _store.Ingestor.IngestAsync([TestPaths.CorpusDir], CancellationToken.None).GetAwaiter().GetResult();
        _library = new SqliteLibraryStore(_store.Database, _store.Store, _store.Time);
        _ids = [.. _store.Database.Read(c => c.QueryScalars<long>("SELECT id FROM papers ORDER BY id LIMIT 30"))];
    }

    [Fact]
    public async Task SaveAsync_NewDuplicateAndUnknown_EachSaysWhatHappened()
    {
        Assert.Equal(SaveOutcome.Saved, await _library.SaveAsync("m1", _ids[0], ["LLM", "#to-read"], "  first  ", CancellationToken.None));
        Assert.Equal(SaveOutcome.AlreadySaved, await _library.SaveAsync("m1", _ids[0], ["other"], "second", CancellationToken.None));
        Assert.Equal(SaveOutcome.UnknownPaper, await _library.SaveAsync("m1", 999_999, [], null, CancellationToken.None));

        var saved = Assert.Single(await _library.ListAsync("m1", null, 0, 10, CancellationToken.None));
        Assert.Equal(["llm", "to-read"], saved.Tags);
        Assert.Equal("first", saved.Note);
        Assert.Equal(_store.Time.GetUtcNow(), saved.SavedAt);
    }

    [Fact]
    public async Task ListAsync_ManySaves_NewestFirstByPageAndByTagAndPrivateToTheMember()
    {
        for (var i = 0; i < 25; i++)
        {
            _store.Time.Advance(TimeSpan.FromMinutes(1));
            await _library.SaveAsync("m1", _ids[i], i % 2 == 0 ? ["even"] : ["odd"], null, CancellationToken.None);
        }

        await _library.SaveAsync("m2", _ids[29], ["even"], null, CancellationToken.None);

        var first = await _library.ListAsync("m1", null, 0, 10, CancellationToken.None);
        var third = await _library.ListAsync("m1", null, 20, 10, CancellationToken.None);
        Assert.Equal(_ids[24], first[0].Paper.Id);
        Assert.Equal(_ids[15], first[9].Paper.Id);
        Assert.Equal([_ids[4], _ids[3], _ids[2], _ids[1], _ids[0]], third.Select(p => p.Paper.Id));
        Assert.Equal(25, await _library.CountAsync("m1", null, CancellationToken.None));
        Assert.Equal(13, await _library.CountAsync("m1", "#EVEN", CancellationToken.None));
        Assert.All(await _library.ListAsync("m1", "odd", 0, 100, CancellationToken.None), p => Assert.Equal(["odd"], p.Tags));
        Assert.DoesNotContain(_ids[29], await _library.PaperIdsAsync("m1", CancellationToken.None));
    }

    [Fact]
    public async Task UpdateAndRemove_OnlyTheMembersOwnRow()
    {
        await _library.SaveAsync("m1", _ids[0], ["a"], "note", CancellationToken.None);
        await _library.SaveAsync("m2", _ids[0], ["a"], "theirs", CancellationToken.None);

        Assert.True(await _library.UpdateAsync("m1", _ids[0], ["b", "c"], null, CancellationToken.None));
        Assert.True(await _library.UpdateAsync("m1", _ids[0], null, "edited", CancellationToken.None));
        Assert.False(await _library.UpdateAsync("m1", _ids[1], ["x"], null, CancellationToken.None));
        var mine = Assert.Single(await _library.ListAsync("m1", null, 0, 10, CancellationToken.None));
        Assert.Equal(["b", "c"], mine.Tags);
        Assert.Equal("edited", mine.Note);

        Assert.True(await _library.RemoveAsync("m1", _ids[0], CancellationToken.None));
        Assert.False(await _library.RemoveAsync("m1", _ids[0], CancellationToken.None));
        var theirs = Assert.Single(await _library.ListAsync("m2", null, 0, 10, CancellationToken.None));
        Assert.Equal(["a"], theirs.Tags);
        Assert.Equal("theirs", theirs.Note);
    }

    [Theory]
    [InlineData(41, 0, "characters long: keep each tag to 40")]
    [InlineData(1, 1001, "The note is 1001 characters long")]
    public async Task SaveAsync_TagOrNoteTooLong_RefusedWithOneLineAndNothingSaved(int tagLength, int noteLength, string message)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            _library.SaveAsync("m1", _ids[0], [new string('t', tagLength)], new string('n', noteLength), CancellationToken.None));

        Assert.Contains(message, error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(0, await _library.CountAsync("m1", null, CancellationToken.None));
    }

    [Fact]
    public async Task NotesWithMarkdownAndEmoji_KeptAsWritten()
    {
        const string note = "**bold** <@123> @everyone 🔖 [link](https://example.com)";
        await _library.SaveAsync("m1", _ids[0], ["🔖"], note, CancellationToken.None);

        var saved = Assert.Single(await _library.ListAsync("m1", "🔖", 0, 10, CancellationToken.None));
        Assert.Equal(note, saved.Note);
    }

    [Fact]
    public async Task ListAsync_TagWithAPipe_FoundAsSaved()
    {
        await _library.SaveAsync("m1", _ids[0], ["a|b"], null, CancellationToken.None);
        await _library.SaveAsync("m1", _ids[1], ["a", "b"], null, CancellationToken.None);

        var found = await _library.ListAsync("m1", "a|b", 0, 10, CancellationToken.None);

        Assert.Equal([_ids[0]], found.Select(p => p.Paper.Id));
    }

    public void Dispose() => _store.Dispose();
}
