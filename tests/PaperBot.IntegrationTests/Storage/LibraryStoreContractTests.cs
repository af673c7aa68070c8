using PaperBot.Core.Library;
using static PaperBot.IntegrationTests.Storage.SnapshotLines;

namespace PaperBot.IntegrationTests.Storage;

/// <summary>
/// Members' libraries, channels' reading lists and DM channels (<see cref="ILibraryStore"/>, <see cref="IReadingListStore"/>,
/// <see cref="IMemberChannels"/>), the same on every provider.
/// </summary>
public abstract class LibraryStoreContractTests : StoreContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("paperbot-corpus-").FullName;
    private long[] _ids = [];

    private ILibraryStore Library => Process.Library;

    private long[] Ids => _ids;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var path = Path.Combine(_folder, "thirty.jsonl");
        await System.IO.File.WriteAllTextAsync(path, File([.. Enumerable.Range(1, 30).Select(i => Line($"2401.{i:00000}", $"Paper Number {i}", $"Abstract {i}."))]));
        await Process.Ingestor.IngestAsync([path], CancellationToken.None);
        var ids = new List<long>();
        for (var i = 1; i <= 30; i++)
        {
            ids.Add((await Process.Papers.FindAsync($"2401.{i:00000}", CancellationToken.None))!.Id);
        }

        _ids = [.. ids];
    }

    [Fact]
    public async Task SaveAsync_NewDuplicateAndUnknown_EachSaysWhatHappened()
    {
        Assert.Equal(SaveOutcome.Saved, await Library.SaveAsync("m1", Ids[0], ["LLM", "#to-read"], "  first  ", CancellationToken.None));
        Assert.Equal(SaveOutcome.AlreadySaved, await Library.SaveAsync("m1", Ids[0], ["other"], "second", CancellationToken.None));
        Assert.Equal(SaveOutcome.UnknownPaper, await Library.SaveAsync("m1", 999_999, [], null, CancellationToken.None));

        var saved = Assert.Single(await Library.ListAsync("m1", null, 0, 10, CancellationToken.None));
        Assert.Equal(["llm", "to-read"], saved.Tags);
        Assert.Equal("first", saved.Note);
        Assert.Equal(Backend.Time.GetUtcNow(), saved.SavedAt);
    }

    [Fact]
    public async Task ListAsync_ManySaves_NewestFirstByPageAndByTagAndPrivateToTheMember()
    {
        for (var i = 0; i < 25; i++)
        {
            Backend.Time.Advance(TimeSpan.FromMinutes(1));
            await Library.SaveAsync("m1", Ids[i], i % 2 == 0 ? ["even"] : ["odd"], null, CancellationToken.None);
        }

        await Library.SaveAsync("m2", Ids[29], ["even"], null, CancellationToken.None);

        var first = await Library.ListAsync("m1", null, 0, 10, CancellationToken.None);
        var third = await Library.ListAsync("m1", null, 20, 10, CancellationToken.None);
        Assert.Equal(Ids[24], first[0].Paper.Id);
        Assert.Equal(Ids[15], first[9].Paper.Id);
        Assert.Equal([Ids[4], Ids[3], Ids[2], Ids[1], Ids[0]], third.Select(p => p.Paper.Id));
        Assert.Equal(25, await Library.CountAsync("m1", null, CancellationToken.None));
        Assert.Equal(13, await Library.CountAsync("m1", "#EVEN", CancellationToken.None));
        Assert.All(await Library.ListAsync("m1", "odd", 0, 100, CancellationToken.None), p => Assert.Equal(["odd"], p.Tags));
        Assert.DoesNotContain(Ids[29], await Library.PaperIdsAsync("m1", CancellationToken.None));
    }

    [Fact]
    public async Task UpdateAndRemove_OnlyTheMembersOwnRow()
    {
        await Library.SaveAsync("m1", Ids[0], ["a"], "note", CancellationToken.None);
        await Library.SaveAsync("m2", Ids[0], ["a"], "theirs", CancellationToken.None);

        Assert.True(await Library.UpdateAsync("m1", Ids[0], ["b", "c"], null, CancellationToken.None));
        Assert.True(await Library.UpdateAsync("m1", Ids[0], null, "edited", CancellationToken.None));
        Assert.False(await Library.UpdateAsync("m1", Ids[1], ["x"], null, CancellationToken.None));
        var mine = Assert.Single(await Library.ListAsync("m1", null, 0, 10, CancellationToken.None));
        Assert.Equal(["b", "c"], mine.Tags);
        Assert.Equal("edited", mine.Note);

        Assert.True(await Library.RemoveAsync("m1", Ids[0], CancellationToken.None));
        Assert.False(await Library.RemoveAsync("m1", Ids[0], CancellationToken.None));
        var theirs = Assert.Single(await Library.ListAsync("m2", null, 0, 10, CancellationToken.None));
        Assert.Equal(["a"], theirs.Tags);
        Assert.Equal("theirs", theirs.Note);
    }

    [Theory]
    [InlineData(41, 0, "characters long: keep each tag to 40")]
    [InlineData(1, 1001, "The note is 1001 characters long")]
    public async Task SaveAsync_TagOrNoteTooLong_RefusedWithOneLineAndNothingSaved(int tagLength, int noteLength, string message)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            Library.SaveAsync("m1", Ids[0], [new string('t', tagLength)], new string('n', noteLength), CancellationToken.None));

        Assert.Contains(message, error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(0, await Library.CountAsync("m1", null, CancellationToken.None));
    }

    [Fact]
    public async Task NotesWithMarkdownAndEmoji_KeptAsWritten()
    {
        const string note = "**bold** <@123> @everyone 🔖 [link](https://example.com)";
        await Library.SaveAsync("m1", Ids[0], ["🔖"], note, CancellationToken.None);

        var saved = Assert.Single(await Library.ListAsync("m1", "🔖", 0, 10, CancellationToken.None));
        Assert.Equal(note, saved.Note);
    }

    [Fact]
    public async Task ListAsync_TagWithAPipe_FoundAsSaved()
    {
        await Library.SaveAsync("m1", Ids[0], ["a|b"], null, CancellationToken.None);
        await Library.SaveAsync("m1", Ids[1], ["a", "b"], null, CancellationToken.None);

        var found = await Library.ListAsync("m1", "a|b", 0, 10, CancellationToken.None);

        Assert.Equal([Ids[0]], found.Select(p => p.Paper.Id));
    }

    [Fact]
    public async Task ReadingList_AddListCountRemove_SharedByTheChannelNewestFirst()
    {
        var lists = Process.ReadingLists;
        Assert.Equal(SaveOutcome.Saved, await lists.AddAsync("c1", Ids[0], "m1", " read this ", CancellationToken.None));
        Backend.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(SaveOutcome.Saved, await lists.AddAsync("c1", Ids[1], "m2", null, CancellationToken.None));
        Assert.Equal(SaveOutcome.AlreadySaved, await lists.AddAsync("c1", Ids[0], "m2", "again", CancellationToken.None));
        Assert.Equal(SaveOutcome.UnknownPaper, await lists.AddAsync("c1", 999_999, "m1", null, CancellationToken.None));

        var listed = await lists.ListAsync("c1", 0, 10, CancellationToken.None);

        Assert.Equal([Ids[1], Ids[0]], listed.Select(p => p.Paper.Id));
        Assert.Equal(("m1", "read this"), (listed[1].SavedBy, listed[1].Note));
        Assert.Equal(2, await lists.CountAsync("c1", CancellationToken.None));
        Assert.Equal(0, await lists.CountAsync("c2", CancellationToken.None));
        Assert.True(await lists.RemoveAsync("c1", Ids[0], CancellationToken.None));
        Assert.False(await lists.RemoveAsync("c1", Ids[0], CancellationToken.None));
        Assert.Equal(1, await lists.CountAsync("c1", CancellationToken.None));
    }

    [Fact]
    public async Task MemberChannels_RecordedOnceEach_ListedPerMember()
    {
        var channels = Process.MemberChannels;
        await channels.RecordDirectAsync("m1", "dm-2", CancellationToken.None);
        await channels.RecordDirectAsync("m1", "dm-1", CancellationToken.None);
        await channels.RecordDirectAsync("m1", "dm-2", CancellationToken.None);
        await channels.RecordDirectAsync("m2", "dm-9", CancellationToken.None);

        Assert.Equal(["dm-1", "dm-2"], await channels.DirectChannelsAsync("m1", CancellationToken.None));
        Assert.Empty(await channels.DirectChannelsAsync("m3", CancellationToken.None));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS temp cleaner.
        }

        GC.SuppressFinalize(this);
    }
}
