using PaperBot.Core.Follows;
using PaperBot.Core.Highlights;

namespace PaperBot.IntegrationTests.Storage;

/// <summary>The digest log (<see cref="IDigestLog"/>), the same on every provider: each (member, period) at most once.</summary>
public abstract class DigestLogContractTests : ComposedContract
{
    private protected IDigestLog Log => Process.Get<IDigestLog>();

    [Fact]
    public async Task BeginAsync_ThenAgainAfterFailure_SameNonceAndPapersOneRowMoreAttempts()
    {
        var first = await Log.BeginAsync("m1", "2026-12-07", "nonce-1", [3, 1, 2], CancellationToken.None);
        await Log.MarkFailedAsync(first.Id, "DM failed", Backend.Time.GetUtcNow().AddMinutes(5), CancellationToken.None);
        var failed = await Log.GetAsync("m1", "2026-12-07", CancellationToken.None);

        var again = await Log.BeginAsync("m1", "2026-12-07", "nonce-2", [9], CancellationToken.None);

        Assert.Equal((PostState.Failed, "DM failed", Backend.Time.GetUtcNow().AddMinutes(5)), (failed!.State, failed.Reason, failed.NextAttemptAt));
        Assert.Equal(first.Id, again.Id);
        Assert.Equal((PostState.Sending, "nonce-1", 2, null), (again.State, again.Nonce, again.Attempts, again.Reason));
        Assert.Equal([3, 1, 2], again.PaperIds);
        Assert.False(again.ClaimedElsewhere);
    }

    [Fact]
    public async Task MarkSentAsync_ThenBeginOrSkip_StaysSent()
    {
        var entry = await Log.BeginAsync("m1", "2026-W49", "nonce", [5], CancellationToken.None);
        await Log.MarkSentAsync(entry.Id, "message-1", CancellationToken.None);

        var again = await Log.BeginAsync("m1", "2026-W49", "other", [6], CancellationToken.None);
        await Log.SkipAsync("m1", "2026-W49", "other", "nothing new", CancellationToken.None);
        await Log.MarkFailedAsync(entry.Id, "late failure", null, CancellationToken.None);

        Assert.Equal((PostState.Sent, 1), (again.State, again.Attempts));
        Assert.Equal(PostState.Sent, (await Log.GetAsync("m1", "2026-W49", CancellationToken.None))!.State);
        Assert.Null(await Log.GetAsync("m2", "2026-W49", CancellationToken.None));
    }

    [Fact]
    public async Task SkipAsync_NoDigest_SkippedAndNeverBegunAgain()
    {
        await Log.SkipAsync("m1", "2026-12-07", "nonce", "nothing new matches the follows", CancellationToken.None);

        var begun = await Log.BeginAsync("m1", "2026-12-07", "nonce", [1], CancellationToken.None);

        Assert.Equal((PostState.Skipped, "nothing new matches the follows", 0), (begun.State, begun.Reason, begun.Attempts));
    }

    [Fact]
    public async Task SentPaperIdsAsync_SentAndSendingSinceTheDate_OnlyTheMembers()
    {
        var old = await Log.BeginAsync("m1", "2026-11-01", "a", [1, 2], CancellationToken.None);
        await Log.MarkSentAsync(old.Id, null, CancellationToken.None);
        Backend.Time.Advance(TimeSpan.FromDays(10));
        var sent = await Log.BeginAsync("m1", "2026-11-11", "b", [3, 4], CancellationToken.None);
        await Log.MarkSentAsync(sent.Id, null, CancellationToken.None);
        await Log.BeginAsync("m1", "2026-11-12", "c", [4, 5], CancellationToken.None);
        var failed = await Log.BeginAsync("m1", "2026-11-13", "d", [6], CancellationToken.None);
        await Log.MarkFailedAsync(failed.Id, "gave up", null, CancellationToken.None);
        await Log.BeginAsync("m2", "2026-11-12", "e", [7], CancellationToken.None);

        var ids = await Log.SentPaperIdsAsync("m1", Backend.Time.GetUtcNow().AddDays(-1), CancellationToken.None);

        Assert.Equal([3, 4, 5], ids.Order());
    }
}
