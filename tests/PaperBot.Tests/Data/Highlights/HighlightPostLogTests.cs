using PaperBot.Core.Highlights;
using PaperBot.Data.Highlights;

namespace PaperBot.Tests.Data.Highlights;

public sealed class HighlightPostLogTests : IDisposable
{
    private static readonly DateOnly Day = new(2026, 11, 23);
    private readonly TestStore _store = new();
    private readonly SqliteHighlightPostLog _log;
    private readonly SqlitePostedPapers _posted;

    public HighlightPostLogTests()
    {
        _log = new SqliteHighlightPostLog(_store.Database, _store.Time);
        _posted = new SqlitePostedPapers(_store.Database);
    }

    [Fact]
    public async Task BeginAsync_Twice_KeepsTheFirstNonceAndCountsAttempts()
    {
        var first = await _log.BeginAsync(7, Day, "hl-7-20261123", [1, 2], CancellationToken.None);
        var second = await _log.BeginAsync(7, Day, "another-nonce", [1, 2], CancellationToken.None);

        Assert.Equal((PostState.Sending, 1), (first.State, first.Attempts));
        Assert.Equal((first.Id, "hl-7-20261123", PostState.Sending, 2), (second.Id, second.Nonce, second.State, second.Attempts));
    }

    [Fact]
    public async Task MarkSentAsync_IsFinal_BeginSkipAndFailLeaveItSent()
    {
        var entry = await _log.BeginAsync(7, Day, "hl-7-20261123", [1], CancellationToken.None);
        await _log.MarkSentAsync(entry.Id, "c1", "m1", [1], CancellationToken.None);

        var again = await _log.BeginAsync(7, Day, "hl-7-20261123", [1], CancellationToken.None);
        await _log.MarkFailedAsync(entry.Id, "late failure", null, CancellationToken.None);
        await _log.SkipAsync(7, Day, "hl-7-20261123", "day over", CancellationToken.None);
        var stored = await _log.GetAsync(7, Day, CancellationToken.None);

        Assert.Equal(PostState.Sent, again.State);
        Assert.Equal((PostState.Sent, "m1", 1), (stored!.State, stored.MessageId, stored.Attempts));
    }

    [Fact]
    public async Task MarkFailedAsync_WithRetry_BeginResendsTheSameEntry()
    {
        var entry = await _log.BeginAsync(7, Day, "hl-7-20261123", [], CancellationToken.None);
        var retryAt = _store.Time.GetUtcNow().AddMinutes(2);

        await _log.MarkFailedAsync(entry.Id, "503 from Discord", retryAt, CancellationToken.None);
        var failed = await _log.GetAsync(7, Day, CancellationToken.None);
        var retried = await _log.BeginAsync(7, Day, "hl-7-20261123", [], CancellationToken.None);

        Assert.Equal((PostState.Failed, "503 from Discord", retryAt), (failed!.State, failed.Reason, failed.NextAttemptAt));
        Assert.Equal((entry.Id, PostState.Sending, 2, (DateTimeOffset?)null), (retried.Id, retried.State, retried.Attempts, retried.NextAttemptAt));
    }

    [Fact]
    public async Task SkipAsync_NoEntry_WritesASkippedRowThatBeginDoesNotReopen()
    {
        await _log.SkipAsync(7, Day, "hl-7-20261123", "PaperBot was down", CancellationToken.None);

        var begun = await _log.BeginAsync(7, Day, "hl-7-20261123", [], CancellationToken.None);

        Assert.Equal((PostState.Skipped, "PaperBot was down"), (begun.State, begun.Reason));
        Assert.Single(await _log.ListAsync(7, CancellationToken.None));
    }

    [Fact]
    public async Task PostedSinceAsync_PapersOfSentPostsPerChannelWithinTheWindow()
    {
        var old = await _log.BeginAsync(1, Day, "hl-1-20261123", [10, 11], CancellationToken.None);
        await _log.MarkSentAsync(old.Id, "c1", "m1", [10, 11], CancellationToken.None);
        _store.Time.Advance(TimeSpan.FromDays(31));
        var recent = await _log.BeginAsync(1, Day.AddDays(31), "hl-1-20261224", [12], CancellationToken.None);
        await _log.MarkSentAsync(recent.Id, "c1", "m2", [12], CancellationToken.None);
        var other = await _log.BeginAsync(2, Day.AddDays(31), "hl-2-20261224", [13], CancellationToken.None);
        await _log.MarkSentAsync(other.Id, "c2", "m3", [13], CancellationToken.None);

        var window = await _posted.PostedSinceAsync("c1", _store.Time.GetUtcNow().AddDays(-30), CancellationToken.None);
        var all = await _posted.PostedSinceAsync("c1", DateTimeOffset.MinValue, CancellationToken.None);

        Assert.Equal([12], window.Order());
        Assert.Equal([10, 11, 12], all.Order());
    }

    public void Dispose() => _store.Dispose();
}
