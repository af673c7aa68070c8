using PaperBot.Core.Highlights;

namespace PaperBot.IntegrationTests.Storage;

/// <summary>
/// <see cref="IHighlightPostLog"/> and <see cref="IPostedPapers"/>, the same on every provider: one entry per
/// (subscription, day), final once sent or skipped, and claimed by one process at a time across processes.
/// </summary>
public abstract class HighlightPostLogContractTests : StoreContract
{
    private static readonly DateOnly Day = new(2026, 11, 23);

    private IHighlightPostLog Log => Process.PostLog;

    [Fact]
    public async Task BeginAsync_Twice_KeepsTheFirstNonceAndCountsAttempts()
    {
        var first = await Log.BeginAsync(7, Day, "hl-7-20261123", [1, 2], CancellationToken.None);
        var second = await Log.BeginAsync(7, Day, "another-nonce", [1, 2], CancellationToken.None);

        Assert.Equal((PostState.Sending, 1, false), (first.State, first.Attempts, first.ClaimedElsewhere));
        Assert.Equal((first.Id, "hl-7-20261123", PostState.Sending, 2, false), (second.Id, second.Nonce, second.State, second.Attempts, second.ClaimedElsewhere));
        Assert.Equal(Backend.Time.GetUtcNow() + PostClaimLease.Default.Duration, second.ClaimedUntil);
    }

    [Fact]
    public async Task MarkSentAsync_IsFinal_BeginSkipAndFailLeaveItSent()
    {
        var entry = await Log.BeginAsync(7, Day, "hl-7-20261123", [1], CancellationToken.None);
        await Log.MarkSentAsync(entry.Id, "c1", "m1", [1], CancellationToken.None);

        var again = await Log.BeginAsync(7, Day, "hl-7-20261123", [1], CancellationToken.None);
        await Log.MarkFailedAsync(entry.Id, "late failure", null, CancellationToken.None);
        await Log.SkipAsync(7, Day, "hl-7-20261123", "day over", CancellationToken.None);
        var stored = await Log.GetAsync(7, Day, CancellationToken.None);

        Assert.Equal(PostState.Sent, again.State);
        Assert.Equal((PostState.Sent, "m1", 1, (DateTimeOffset?)null), (stored!.State, stored.MessageId, stored.Attempts, stored.ClaimedUntil));
    }

    [Fact]
    public async Task MarkFailedAsync_WithRetry_BeginResendsTheSameEntry()
    {
        var entry = await Log.BeginAsync(7, Day, "hl-7-20261123", [], CancellationToken.None);
        var retryAt = Backend.Time.GetUtcNow().AddMinutes(2);

        await Log.MarkFailedAsync(entry.Id, "503 from Discord", retryAt, CancellationToken.None);
        var failed = await Log.GetAsync(7, Day, CancellationToken.None);
        var retried = await Log.BeginAsync(7, Day, "hl-7-20261123", [], CancellationToken.None);

        Assert.Equal((PostState.Failed, "503 from Discord", retryAt), (failed!.State, failed.Reason, failed.NextAttemptAt));
        Assert.Equal((entry.Id, PostState.Sending, 2, (DateTimeOffset?)null), (retried.Id, retried.State, retried.Attempts, retried.NextAttemptAt));
    }

    [Fact]
    public async Task SkipAsync_NoEntry_WritesASkippedRowThatBeginDoesNotReopen()
    {
        await Log.SkipAsync(7, Day, "hl-7-20261123", "PaperBot was down", CancellationToken.None);

        var begun = await Log.BeginAsync(7, Day, "hl-7-20261123", [], CancellationToken.None);

        Assert.Equal((PostState.Skipped, "PaperBot was down"), (begun.State, begun.Reason));
        Assert.Single(await Log.ListAsync(7, CancellationToken.None));
    }

    [Fact]
    public async Task ListAsync_SeveralDaysAndSubscriptions_TheSubscriptionsNewestDayFirst()
    {
        await Log.SkipAsync(7, Day, "hl-7-20261123", "quiet", CancellationToken.None);
        await Log.BeginAsync(7, Day.AddDays(2), "hl-7-20261125", [3], CancellationToken.None);
        await Log.BeginAsync(7, Day.AddDays(1), "hl-7-20261124", [], CancellationToken.None);
        await Log.BeginAsync(8, Day, "hl-8-20261123", [], CancellationToken.None);

        var entries = await Log.ListAsync(7, CancellationToken.None);

        Assert.Equal([Day.AddDays(2), Day.AddDays(1), Day], entries.Select(e => e.Day));
        Assert.Null(await Log.GetAsync(7, Day.AddDays(3), CancellationToken.None));
    }

    [Fact]
    public async Task PostedSinceAsync_PapersOfSentPostsPerChannelWithinTheWindow()
    {
        var old = await Log.BeginAsync(1, Day, "hl-1-20261123", [10, 11], CancellationToken.None);
        await Log.MarkSentAsync(old.Id, "c1", "m1", [10, 11], CancellationToken.None);
        Backend.Time.Advance(TimeSpan.FromDays(31));
        var recent = await Log.BeginAsync(1, Day.AddDays(31), "hl-1-20261224", [12], CancellationToken.None);
        await Log.MarkSentAsync(recent.Id, "c1", "m2", [12], CancellationToken.None);
        var other = await Log.BeginAsync(2, Day.AddDays(31), "hl-2-20261224", [13], CancellationToken.None);
        await Log.MarkSentAsync(other.Id, "c2", "m3", [13], CancellationToken.None);

        var window = await Process.PostedPapers.PostedSinceAsync("c1", Backend.Time.GetUtcNow().AddDays(-30), CancellationToken.None);
        var all = await Process.PostedPapers.PostedSinceAsync("c1", DateTimeOffset.MinValue, CancellationToken.None);

        Assert.Equal([12], window.Order());
        Assert.Equal([10, 11, 12], all.Order());
    }

    [Fact]
    public async Task BeginAsync_AnotherProcessIsSending_ClaimedElsewhereAndLeftAsItWas()
    {
        await using var other = Backend.StartProcess();
        var mine = await Log.BeginAsync(7, Day, "hl-7-20261123", [1], CancellationToken.None);

        var theirs = await other.PostLog.BeginAsync(7, Day, "hl-7-20261123", [1], CancellationToken.None);
        var seenByThem = await other.PostLog.GetAsync(7, Day, CancellationToken.None);
        var mineAgain = await Log.BeginAsync(7, Day, "hl-7-20261123", [1], CancellationToken.None);

        Assert.Equal((PostState.Sending, true, 1, mine.ClaimedUntil), (theirs.State, theirs.ClaimedElsewhere, theirs.Attempts, theirs.ClaimedUntil));
        Assert.True(seenByThem!.ClaimedElsewhere);
        Assert.Equal((false, 2), (mineAgain.ClaimedElsewhere, mineAgain.Attempts));
    }

    [Fact]
    public async Task BeginAsync_SenderDiedAndItsLeaseLapsed_AnotherProcessTakesOverWithTheFirstNonce()
    {
        var lease = new PostClaimLease(TimeSpan.FromSeconds(45));
        var dead = Backend.StartProcess(lease);
        var first = await dead.PostLog.BeginAsync(7, Day, "hl-7-20261123", [1], CancellationToken.None);
        await dead.DisposeAsync();
        await using var restarted = Backend.StartProcess(lease);

        var tooSoon = await restarted.PostLog.BeginAsync(7, Day, "hl-7-20261123-new", [1], CancellationToken.None);
        Backend.Time.Advance(lease.Duration);
        var takenOver = await restarted.PostLog.BeginAsync(7, Day, "hl-7-20261123-new", [1], CancellationToken.None);

        Assert.Equal(first.ClaimedUntil, Backend.Time.GetUtcNow());
        Assert.True(tooSoon.ClaimedElsewhere);
        Assert.Equal((first.Id, "hl-7-20261123", false, 2), (takenOver.Id, takenOver.Nonce, takenOver.ClaimedElsewhere, takenOver.Attempts));
        Assert.Equal(Backend.Time.GetUtcNow() + lease.Duration, takenOver.ClaimedUntil);
    }

    [Fact]
    public async Task MarkFailedAsync_EndsTheClaim_AnotherProcessMayRetry()
    {
        await using var other = Backend.StartProcess();
        var entry = await Log.BeginAsync(7, Day, "hl-7-20261123", [1], CancellationToken.None);
        await Log.MarkFailedAsync(entry.Id, "503 from Discord", Backend.Time.GetUtcNow(), CancellationToken.None);

        var retried = await other.PostLog.BeginAsync(7, Day, "hl-7-20261123", [1], CancellationToken.None);
        var seenByFirst = await Log.BeginAsync(7, Day, "hl-7-20261123", [1], CancellationToken.None);

        Assert.Equal((PostState.Sending, false, 2), (retried.State, retried.ClaimedElsewhere, retried.Attempts));
        Assert.Equal((true, 2), (seenByFirst.ClaimedElsewhere, seenByFirst.Attempts));
    }

    [Fact]
    public async Task BeginAsync_ProcessesRacingForTheSamePosts_EachPostClaimedByExactlyOne()
    {
        const int processes = 4;
        const int posts = 25;
        var others = Enumerable.Range(0, processes - 1).Select(_ => Backend.StartProcess()).ToList();
        var logs = others.Select(p => p.PostLog).Prepend(Log).ToList();
        try
        {
            // Every process begins every post at once, as schedulers on one database that woke together would.
            var attempts = logs.SelectMany(log => Enumerable.Range(1, posts).Select(subscription => Task.Run(() =>
                log.BeginAsync(subscription, Day, $"hl-{subscription}", [], CancellationToken.None))));
            var entries = await Task.WhenAll(attempts);

            var claimsPerPost = entries.Where(e => !e.ClaimedElsewhere).GroupBy(e => e.SubscriptionId).ToDictionary(g => g.Key, g => g.Count());
            Assert.Equal(posts, claimsPerPost.Count);
            Assert.All(claimsPerPost.Values, claims => Assert.Equal(1, claims));
            Assert.Equal(posts, await Backend.CountAsync("highlight_posts"));
        }
        finally
        {
            foreach (var other in others)
            {
                await other.DisposeAsync();
            }
        }
    }
}
