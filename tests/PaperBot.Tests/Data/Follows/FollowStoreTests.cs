using PaperBot.Core.Follows;
using PaperBot.Data.Follows;

namespace PaperBot.Tests.Data.Follows;

public sealed class FollowStoreTests : IDisposable
{
    private readonly TestStore _store = new();
    private readonly SqliteFollowStore _follows;

    public FollowStoreTests() => _follows = new SqliteFollowStore(_store.Database, _store.Time);

    [Fact]
    public async Task AddAsync_SameNameOtherCaseAndAccents_UpdatesThePeriodInsteadOfADuplicate()
    {
        Assert.Equal(FollowOutcome.Followed, await _follows.AddAsync("m1", FollowKind.Author, "José Martínez", DigestPeriod.Weekly, CancellationToken.None));
        Assert.Equal(FollowOutcome.Updated, await _follows.AddAsync("m1", FollowKind.Author, "jose martinez", DigestPeriod.Daily, CancellationToken.None));
        Assert.Equal(FollowOutcome.Followed, await _follows.AddAsync("m1", FollowKind.Topic, "jose martinez", DigestPeriod.Daily, CancellationToken.None));

        var mine = await _follows.ListAsync("m1", CancellationToken.None);
        Assert.Equal(2, mine.Count);
        Assert.Equal(DigestPeriod.Daily, mine[0].Period);
    }

    [Fact]
    public async Task AddAsync_MaxFollows_RefusesTheNext()
    {
        for (var i = 0; i < FollowRules.MaxFollows; i++)
        {
            await _follows.AddAsync("m1", FollowKind.Topic, $"topic {i}", DigestPeriod.Weekly, CancellationToken.None);
        }

        Assert.Equal(FollowOutcome.TooMany, await _follows.AddAsync("m1", FollowKind.Topic, "one more", DigestPeriod.Weekly, CancellationToken.None));
        Assert.Equal(FollowOutcome.Followed, await _follows.AddAsync("m2", FollowKind.Topic, "one more", DigestPeriod.Weekly, CancellationToken.None));
    }

    [Fact]
    public async Task AddAsync_InvalidText_Throws() =>
        await Assert.ThrowsAsync<ArgumentException>(() => _follows.AddAsync("m1", FollowKind.Topic, new string('x', 201), DigestPeriod.Weekly, CancellationToken.None));

    [Fact]
    public async Task PauseResumeRemove_OnlyTheMembersOwn()
    {
        await _follows.AddAsync("m1", FollowKind.Topic, "diffusion", DigestPeriod.Weekly, CancellationToken.None);
        await _follows.AddAsync("m2", FollowKind.Topic, "diffusion", DigestPeriod.Weekly, CancellationToken.None);
        var theirs = Assert.Single(await _follows.ListAsync("m2", CancellationToken.None));

        await _follows.PauseAsync("m1", FollowRules.DmsClosedReason, CancellationToken.None);
        Assert.False(await _follows.RemoveAsync("m1", theirs.Id, CancellationToken.None));

        var all = await _follows.ListAsync(null, CancellationToken.None);
        Assert.Equal([FollowRules.DmsClosedReason, null], all.Select(f => f.PausedReason));
        Assert.Equal(1, await _follows.ResumeAsync("m1", CancellationToken.None));
        Assert.All(await _follows.ListAsync(null, CancellationToken.None), f => Assert.False(f.IsPaused));
        Assert.True(await _follows.RemoveAsync("m2", theirs.Id, CancellationToken.None));
    }

    [Fact]
    public async Task AuthorCoverageAsync_CorpusWithoutNames_SaysSo()
    {
        await _store.Ingestor.IngestAsync([TestPaths.CorpusDir], CancellationToken.None);
        _store.Database.Write(c => c.Execute("UPDATE papers SET authors = NULL"));

        Assert.Equal((0, 0), await _follows.AuthorCoverageAsync("Jane Doe", CancellationToken.None));

        var id = _store.Database.Read(c => c.ExecuteScalar<long>("SELECT MIN(id) FROM papers"));
        _store.Database.Write(c => c.Execute("UPDATE papers SET authors = ? WHERE id = ?", "[\"Jane Döe\",\"Sam Roe\"]", id));
        Assert.Equal((1, 1), await _follows.AuthorCoverageAsync("jane doe", CancellationToken.None));
    }

    public void Dispose() => _store.Dispose();
}
