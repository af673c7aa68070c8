using PaperBot.Core.Follows;
using PaperBot.Core.Highlights;

namespace PaperBot.IntegrationTests.Storage;

/// <summary>
/// The digest log contract on the PostgreSQL store, and its claim: digests are sent on a schedule by every PaperBot on
/// the database, so one process's begun digest is claimed until its lease lapses.
/// </summary>
public sealed class PostgresDigestLogTests : DigestLogContractTests
{
    [Fact]
    public async Task BeginAsync_InTwoProcesses_OnlyTheFirstSendsUntilItsLeaseLapses()
    {
        var lease = new PostClaimLease(TimeSpan.FromMinutes(2));
        await using var first = ComposedProcess.Start(Backend, lease: lease);
        await using var second = ComposedProcess.Start(Backend, lease: lease);

        var mine = await first.Get<IDigestLog>().BeginAsync("m1", "2026-12-07", "nonce", [1], CancellationToken.None);
        var theirs = await second.Get<IDigestLog>().BeginAsync("m1", "2026-12-07", "nonce", [1], CancellationToken.None);
        Backend.Time.Advance(TimeSpan.FromMinutes(2));
        var takenOver = await second.Get<IDigestLog>().BeginAsync("m1", "2026-12-07", "nonce", [1], CancellationToken.None);

        Assert.False(mine.ClaimedElsewhere);
        Assert.True(theirs.ClaimedElsewhere);
        Assert.Equal(Backend.Time.GetUtcNow(), theirs.ClaimedUntil);
        Assert.Equal((1, 2), (theirs.Attempts, takenOver.Attempts));
        Assert.False(takenOver.ClaimedElsewhere);
        Assert.True((await first.Get<IDigestLog>().GetAsync("m1", "2026-12-07", CancellationToken.None))!.ClaimedElsewhere);
        Assert.Equal(PostState.Sending, takenOver.State);
    }

    private protected override async Task<StoreBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync();
}
