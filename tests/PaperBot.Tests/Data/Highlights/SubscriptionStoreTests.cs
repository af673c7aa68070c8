using PaperBot.Core.Highlights;
using PaperBot.Data.Highlights;

namespace PaperBot.Tests.Data.Highlights;

public sealed class SubscriptionStoreTests : IDisposable
{
    private static readonly SubscriptionRequest Request = new("g1", "c1", new TimeOnly(9, 0), "Europe/Berlin", "Diffusion models", 5, false);
    private readonly TestStore _store = new();
    private readonly SubscriptionChangeSignal _changes = new();
    private readonly SqliteSubscriptionStore _subscriptions;

    public SubscriptionStoreTests()
    {
        _subscriptions = new SqliteSubscriptionStore(_store.Database, _store.Time, _changes);
    }

    [Fact]
    public async Task SaveAsync_New_IsListedWithEveryField()
    {
        var saved = await _subscriptions.SaveAsync(Request with { SkipEmptyDays = true }, CancellationToken.None);

        var listed = Assert.Single(await _subscriptions.ListAsync("g1", CancellationToken.None));
        Assert.Equal(saved, listed);
        Assert.Equal(("g1", "c1", new TimeOnly(9, 0), "Europe/Berlin", "Diffusion models", 5, true),
            (listed.GuildId, listed.ChannelId, listed.PostAt, listed.TimeZoneId, listed.Topic, listed.Count, listed.SkipEmptyDays));
        Assert.Equal(_store.Time.GetUtcNow(), listed.CreatedAt);
        Assert.False(listed.IsPaused);
    }

    [Fact]
    public async Task SaveAsync_SameChannelAndTopicInOtherCaseAndSpacing_UpdatesTheSameSubscription()
    {
        var first = await _subscriptions.SaveAsync(Request, CancellationToken.None);
        _store.Time.Advance(TimeSpan.FromHours(1));

        var second = await _subscriptions.SaveAsync(
            Request with { Topic = "  diffusion   MODELS ", PostAt = new TimeOnly(17, 30), TimeZoneId = "Asia/Tokyo", Count = 3 },
            CancellationToken.None);

        Assert.Equal(first.Id, second.Id);
        var listed = Assert.Single(await _subscriptions.ListAsync(null, CancellationToken.None));
        Assert.Equal((new TimeOnly(17, 30), "Asia/Tokyo", 3, "diffusion MODELS"), (listed.PostAt, listed.TimeZoneId, listed.Count, listed.Topic));
        Assert.Equal(first.CreatedAt, listed.CreatedAt);
        Assert.Equal(_store.Time.GetUtcNow(), listed.ActiveSince);
    }

    [Fact]
    public async Task SaveAsync_OtherTopicOrNoTopic_AddsSubscriptions()
    {
        await _subscriptions.SaveAsync(Request, CancellationToken.None);
        await _subscriptions.SaveAsync(Request with { Topic = "robotics" }, CancellationToken.None);
        await _subscriptions.SaveAsync(Request with { Topic = null }, CancellationToken.None);
        await _subscriptions.SaveAsync(Request with { GuildId = "g2", ChannelId = "c9" }, CancellationToken.None);

        Assert.Equal(3, (await _subscriptions.ListAsync("g1", CancellationToken.None)).Count);
        Assert.Equal(4, (await _subscriptions.ListAsync(null, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task RemoveAsync_ByTopic_RemovesOnlyThatOne_WithoutTopic_RemovesTheChannel()
    {
        await _subscriptions.SaveAsync(Request, CancellationToken.None);
        await _subscriptions.SaveAsync(Request with { Topic = "robotics" }, CancellationToken.None);
        await _subscriptions.SaveAsync(Request with { Topic = null }, CancellationToken.None);

        Assert.Equal(1, await _subscriptions.RemoveAsync("g1", "c1", "DIFFUSION models", CancellationToken.None));
        Assert.Equal(0, await _subscriptions.RemoveAsync("g2", "c1", null, CancellationToken.None));
        Assert.Equal(2, (await _subscriptions.ListAsync("g1", CancellationToken.None)).Count);
        Assert.Equal(2, await _subscriptions.RemoveAsync("g1", "c1", null, CancellationToken.None));
        Assert.Empty(await _subscriptions.ListAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task PauseAsync_KeepsTheReason_SaveAgainResumes()
    {
        var saved = await _subscriptions.SaveAsync(Request, CancellationToken.None);

        await _subscriptions.PauseAsync(saved.Id, "the channel was deleted", CancellationToken.None);
        var paused = Assert.Single(await _subscriptions.ListAsync("g1", CancellationToken.None));
        await _subscriptions.SaveAsync(Request, CancellationToken.None);
        var resumed = Assert.Single(await _subscriptions.ListAsync("g1", CancellationToken.None));

        Assert.Equal("the channel was deleted", paused.PausedReason);
        Assert.True(paused.IsPaused);
        Assert.False(resumed.IsPaused);
    }

    [Fact]
    public async Task SaveAsync_Invalid_ThrowsTheRulesLineAndStoresNothing()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => _subscriptions.SaveAsync(Request with { TimeZoneId = "Berlin" }, CancellationToken.None));

        Assert.Equal("Unknown time zone 'Berlin': use an IANA name such as Europe/Berlin.", error.Message);
        Assert.Empty(await _subscriptions.ListAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task SaveRemovePause_EachSignalsAChange()
    {
        var beforeSave = _changes.NextChange;
        var saved = await _subscriptions.SaveAsync(Request, CancellationToken.None);
        var beforePause = _changes.NextChange;
        await _subscriptions.PauseAsync(saved.Id, "gone", CancellationToken.None);
        var beforeRemove = _changes.NextChange;
        await _subscriptions.RemoveAsync("g1", "c1", null, CancellationToken.None);

        Assert.True(beforeSave.IsCompleted);
        Assert.True(beforePause.IsCompleted);
        Assert.True(beforeRemove.IsCompleted);
        Assert.False(_changes.NextChange.IsCompleted);
    }

    [Fact]
    public async Task SaveAsync_AfterARemove_NeverReusesAnId()
    {
        var first = await _subscriptions.SaveAsync(Request, CancellationToken.None);
        await _subscriptions.RemoveAsync("g1", "c1", null, CancellationToken.None);

        var second = await _subscriptions.SaveAsync(Request, CancellationToken.None);

        Assert.NotEqual(first.Id, second.Id);
    }

    public void Dispose() => _store.Dispose();
}
