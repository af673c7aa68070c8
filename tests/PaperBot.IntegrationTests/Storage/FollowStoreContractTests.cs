using PaperBot.Core.Corpus;
using PaperBot.Core.Follows;
using static PaperBot.IntegrationTests.Storage.SnapshotLines;

namespace PaperBot.IntegrationTests.Storage;

/// <summary>Members' follows (<see cref="IFollowStore"/>), the same on every provider.</summary>
public abstract class FollowStoreContractTests : ComposedContract
{
    private IFollowStore Follows => Process.Get<IFollowStore>();

    [Fact]
    public async Task AddAsync_NewThenSameTextOtherwiseWritten_FollowsOnceWithTheNewPeriod()
    {
        Assert.Equal(FollowOutcome.Followed, await Follows.AddAsync("m1", FollowKind.Author, "Ada Lovelace", DigestPeriod.Daily, CancellationToken.None));
        Assert.Equal(FollowOutcome.Updated, await Follows.AddAsync("m1", FollowKind.Author, "  ADA LOVELACE ", DigestPeriod.Weekly, CancellationToken.None));
        Assert.Equal(FollowOutcome.Followed, await Follows.AddAsync("m1", FollowKind.Topic, "diffusion", DigestPeriod.Daily, CancellationToken.None));
        await Follows.AddAsync("m2", FollowKind.Topic, "diffusion", DigestPeriod.Weekly, CancellationToken.None);

        var mine = await Follows.ListAsync("m1", CancellationToken.None);

        Assert.Equal([(FollowKind.Author, "ADA LOVELACE", DigestPeriod.Weekly), (FollowKind.Topic, "diffusion", DigestPeriod.Daily)], mine.Select(f => (f.Kind, f.Text, f.Period)));
        Assert.All(mine, f => Assert.Equal(Backend.Time.GetUtcNow(), f.CreatedAt));
        Assert.Equal(["m1", "m1", "m2"], (await Follows.ListAsync(null, CancellationToken.None)).Select(f => f.MemberId));
    }

    [Fact]
    public async Task AddAsync_BeyondTheCap_TooManyAndNothingAdded()
    {
        for (var i = 0; i < FollowRules.MaxFollows; i++)
        {
            Assert.Equal(FollowOutcome.Followed, await Follows.AddAsync("m1", FollowKind.Topic, $"topic number {i}", DigestPeriod.Daily, CancellationToken.None));
        }

        Assert.Equal(FollowOutcome.TooMany, await Follows.AddAsync("m1", FollowKind.Topic, "one more", DigestPeriod.Daily, CancellationToken.None));
        Assert.Equal(FollowOutcome.Updated, await Follows.AddAsync("m1", FollowKind.Topic, "topic number 3", DigestPeriod.Weekly, CancellationToken.None));
        Assert.Equal(FollowRules.MaxFollows, (await Follows.ListAsync("m1", CancellationToken.None)).Count);
    }

    [Fact]
    public async Task PauseResumeAndRemove_OnlyTheMembersOwnAndANewFollowJoinsThePause()
    {
        await Follows.AddAsync("m1", FollowKind.Topic, "diffusion", DigestPeriod.Daily, CancellationToken.None);
        await Follows.AddAsync("m2", FollowKind.Topic, "diffusion", DigestPeriod.Daily, CancellationToken.None);

        await Follows.PauseAsync("m1", "DMs closed", CancellationToken.None);
        await Follows.AddAsync("m1", FollowKind.Topic, "agents", DigestPeriod.Daily, CancellationToken.None);

        Assert.All(await Follows.ListAsync("m1", CancellationToken.None), f => Assert.Equal("DMs closed", f.PausedReason));
        Assert.False(Assert.Single(await Follows.ListAsync("m2", CancellationToken.None)).IsPaused);
        Assert.Equal(2, await Follows.ResumeAsync("m1", CancellationToken.None));
        Assert.Equal(0, await Follows.ResumeAsync("m1", CancellationToken.None));

        var theirs = Assert.Single(await Follows.ListAsync("m2", CancellationToken.None));
        Assert.False(await Follows.RemoveAsync("m1", theirs.Id, CancellationToken.None));
        Assert.True(await Follows.RemoveAsync("m2", theirs.Id, CancellationToken.None));
        Assert.Empty(await Follows.ListAsync("m2", CancellationToken.None));
    }

    [Fact]
    public async Task AuthorCoverageAsync_CountsPapersWithNamesAndThoseByTheAuthorAccentsAside()
    {
        var folder = Directory.CreateTempSubdirectory("paperbot-corpus-").FullName;
        try
        {
            var path = Path.Combine(folder, "three.jsonl");
            await System.IO.File.WriteAllTextAsync(path, File(
                Line("2401.00001", "First Paper", "One.", authors: "Björn Engdahl, Alan Turing"),
                Line("2401.00002", "Second Paper", "Two.", authors: "Bjorn Engdahl"),
                Line("2401.00003", "Third Paper", "Three.", authors: "Grace Hopper")));
            Assert.Equal(0, (await Process.Get<ICorpusIngestor>().IngestAsync([path], CancellationToken.None)).Failed);

            Assert.Equal((3, 2), await Follows.AuthorCoverageAsync("bjorn engdahl", CancellationToken.None));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
