using PaperBot.Core.Highlights;

namespace PaperBot.IntegrationTests.Storage;

/// <summary><see cref="ISubscriptionStore"/>'s behaviour, the same on every provider.</summary>
public abstract class SubscriptionStoreContractTests : StoreContract
{
    private static readonly SubscriptionRequest Request = new("g1", "c1", new TimeOnly(9, 0), "Europe/Berlin", "Diffusion models", 5, false);

    private ISubscriptionStore Subscriptions => Process.Subscriptions;

    [Fact]
    public async Task SaveAsync_New_IsListedWithEveryField()
    {
        var saved = await Subscriptions.SaveAsync(Request with { SkipEmptyDays = true }, CancellationToken.None);

        var listed = Assert.Single(await Subscriptions.ListAsync("g1", CancellationToken.None));
        Assert.Equal(saved, listed);
        Assert.Equal(("g1", "c1", new TimeOnly(9, 0), "Europe/Berlin", "Diffusion models", 5, true),
            (listed.GuildId, listed.ChannelId, listed.PostAt, listed.TimeZoneId, listed.Topic, listed.Count, listed.SkipEmptyDays));
        Assert.Equal(Backend.Time.GetUtcNow(), listed.CreatedAt);
        Assert.False(listed.IsPaused);
    }

    [Fact]
    public async Task SaveAsync_SameChannelAndTopicInOtherCaseAndSpacing_UpdatesTheSameSubscription()
    {
        var first = await Subscriptions.SaveAsync(Request, CancellationToken.None);
        Backend.Time.Advance(TimeSpan.FromHours(1));

        var second = await Subscriptions.SaveAsync(
            Request with { Topic = "  diffusion   MODELS ", PostAt = new TimeOnly(17, 30), TimeZoneId = "Asia/Tokyo", Count = 3 },
            CancellationToken.None);

        Assert.Equal(first.Id, second.Id);
        var listed = Assert.Single(await Subscriptions.ListAsync(null, CancellationToken.None));
        Assert.Equal((new TimeOnly(17, 30), "Asia/Tokyo", 3, "diffusion MODELS"), (listed.PostAt, listed.TimeZoneId, listed.Count, listed.Topic));
        Assert.Equal(first.CreatedAt, listed.CreatedAt);
        Assert.Equal(Backend.Time.GetUtcNow(), listed.ActiveSince);
    }

    [Fact]
    public async Task ListAsync_SeveralGuildsAndChannels_OneGuildOrAllInGuildChannelTopicOrder()
    {
        await Subscriptions.SaveAsync(Request with { Topic = "robotics" }, CancellationToken.None);
        await Subscriptions.SaveAsync(Request, CancellationToken.None);
        await Subscriptions.SaveAsync(Request with { Topic = null }, CancellationToken.None);
        await Subscriptions.SaveAsync(Request with { GuildId = "g2", ChannelId = "c9" }, CancellationToken.None);
        await Subscriptions.SaveAsync(Request with { GuildId = "G0", ChannelId = "c5" }, CancellationToken.None);

        var g1 = await Subscriptions.ListAsync("g1", CancellationToken.None);
        var all = await Subscriptions.ListAsync(null, CancellationToken.None);

        Assert.Equal(["", "diffusion models", "robotics"], g1.Select(s => SubscriptionRules.TopicKey(s.Topic)));
        // Ordinal order: an upper-case id sorts before lower case, whatever the database's locale.
        Assert.Equal(["G0", "g1", "g1", "g1", "g2"], all.Select(s => s.GuildId));
    }

    [Fact]
    public async Task RemoveAsync_ByTopic_RemovesOnlyThatOne_WithoutTopic_RemovesTheChannel()
    {
        await Subscriptions.SaveAsync(Request, CancellationToken.None);
        await Subscriptions.SaveAsync(Request with { Topic = "robotics" }, CancellationToken.None);
        await Subscriptions.SaveAsync(Request with { Topic = null }, CancellationToken.None);

        Assert.Equal(1, await Subscriptions.RemoveAsync("g1", "c1", "DIFFUSION models", CancellationToken.None));
        Assert.Equal(0, await Subscriptions.RemoveAsync("g2", "c1", null, CancellationToken.None));
        Assert.Equal(2, (await Subscriptions.ListAsync("g1", CancellationToken.None)).Count);
        Assert.Equal(2, await Subscriptions.RemoveAsync("g1", "c1", null, CancellationToken.None));
        Assert.Empty(await Subscriptions.ListAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task PauseAsync_KeepsTheReason_SaveAgainResumes()
    {
        var saved = await Subscriptions.SaveAsync(Request, CancellationToken.None);

        await Subscriptions.PauseAsync(saved.Id, "the channel was deleted", CancellationToken.None);
        var paused = Assert.Single(await Subscriptions.ListAsync("g1", CancellationToken.None));
        await Subscriptions.SaveAsync(Request, CancellationToken.None);
        var resumed = Assert.Single(await Subscriptions.ListAsync("g1", CancellationToken.None));

        Assert.Equal("the channel was deleted", paused.PausedReason);
        Assert.True(paused.IsPaused);
        Assert.False(resumed.IsPaused);
    }

    [Fact]
    public async Task SaveAsync_Invalid_ThrowsTheRulesLineAndStoresNothing()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Subscriptions.SaveAsync(Request with { TimeZoneId = "Berlin" }, CancellationToken.None));

        Assert.Equal("Unknown time zone 'Berlin': use an IANA name such as Europe/Berlin.", error.Message);
        Assert.Empty(await Subscriptions.ListAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task SaveRemovePause_EachSignalsAChange()
    {
        var changes = Process.Changes;
        var beforeSave = changes.NextChange;
        var saved = await Subscriptions.SaveAsync(Request, CancellationToken.None);
        var beforePause = changes.NextChange;
        await Subscriptions.PauseAsync(saved.Id, "gone", CancellationToken.None);
        var beforeRemove = changes.NextChange;
        await Subscriptions.RemoveAsync("g1", "c1", null, CancellationToken.None);

        Assert.True(beforeSave.IsCompleted);
        Assert.True(beforePause.IsCompleted);
        Assert.True(beforeRemove.IsCompleted);
        Assert.False(changes.NextChange.IsCompleted);
    }

    [Fact]
    public async Task SaveAsync_AfterARemove_NeverReusesAnId()
    {
        var first = await Subscriptions.SaveAsync(Request, CancellationToken.None);
        await Subscriptions.RemoveAsync("g1", "c1", null, CancellationToken.None);

        var second = await Subscriptions.SaveAsync(Request, CancellationToken.None);

        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public async Task SaveAsync_InOneProcess_ListedByAnother()
    {
        await Subscriptions.SaveAsync(Request, CancellationToken.None);
        await using var other = Backend.StartProcess();

        var listed = Assert.Single(await other.Subscriptions.ListAsync(null, CancellationToken.None));

        Assert.Equal("Diffusion models", listed.Topic);
    }
}
