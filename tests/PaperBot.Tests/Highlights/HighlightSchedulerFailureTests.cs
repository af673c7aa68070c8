using Microsoft.Extensions.Time.Testing;
using PaperBot.Core.Highlights;
using static PaperBot.Tests.Highlights.HighlightSchedulerTests;

namespace PaperBot.Tests.Highlights;

/// <summary>Channels that hang, fail or are gone, subscriptions that change while the scheduler runs, empty days.</summary>
public sealed class HighlightSchedulerFailureTests : IDisposable
{
    private static readonly DateOnly June1 = new(2026, 6, 1);
    private readonly string _folder = Directory.CreateTempSubdirectory("paperbot-sched-").FullName;
    private readonly FakeTimeProvider _time = new(At("2026-06-01T08:00:00Z"));
    private readonly RecordingPublisher _publisher;

    public HighlightSchedulerFailureTests()
    {
        _publisher = new RecordingPublisher(_time);
    }

    private string DatabasePath => Path.Combine(_folder, "paperbot.db");

    [Fact]
    public async Task OneChannelHangs_TheOtherIsPostedOnTime_AndTheHungOneRetriesAfterTheTimeout()
    {
        var hang = true;
        _publisher.Behaviour = (call, ct) => call.ChannelId == "a" && Volatile.Read(ref hang) ? RecordingPublisher.HangAsync(ct) : Task.FromResult(_publisher.Deliver(call));
        await using var bot = new SchedulerHarness(DatabasePath, _time, _publisher);
        var a = await bot.SubscribeAsync("a", "Etc/UTC", 9, 0);
        await bot.SubscribeAsync("b", "Etc/UTC", 9, 0);
        await bot.StartAsync();

        _time.Advance(TimeSpan.FromHours(1));
        await _publisher.WaitForAsync(calls => calls.Count(c => c.ChannelId is "a" or "b") == 2);

        // B is in its channel at 09:00 while A still hangs.
        Assert.Equal(At("2026-06-01T09:00:00Z"), Assert.Single(_publisher.Messages).At);
        Assert.Equal("b", Assert.Single(_publisher.Messages).ChannelId);

        Volatile.Write(ref hang, false);
        _time.Advance(TimeSpan.FromSeconds(30)); // the send timeout
        await bot.SettleAsync();
        var failed = await bot.Log.GetAsync(a.Id, June1, CancellationToken.None);
        Assert.Equal((PostState.Failed, At("2026-06-01T09:01:30Z")), (failed!.State, failed.NextAttemptAt));

        await bot.RunUntilAsync(At("2026-06-01T12:00:00Z"));
        var retried = _publisher.Calls.Where(c => c.ChannelId == "a").ToList();
        Assert.Equal([At("2026-06-01T09:00:00Z"), At("2026-06-01T09:01:30Z")], retried.Select(c => c.At));
        Assert.Single(retried.Select(c => c.Nonce).Distinct());
        Assert.Equal(PostState.Sent, (await bot.Log.GetAsync(a.Id, June1, CancellationToken.None))?.State);
    }

    [Fact]
    public async Task OneChannelFails_TheOtherIsPostedOnTime_AndTheFailedOneRetriesWithBackoff()
    {
        _publisher.Behaviour = (call, _) => Task.FromResult(call.ChannelId == "a"
            ? new PublishResult(PublishStatus.Failed, Reason: "503 Service Unavailable")
            : _publisher.Deliver(call));
        await using var bot = new SchedulerHarness(DatabasePath, _time, _publisher);
        var a = await bot.SubscribeAsync("a", "Etc/UTC", 9, 0);
        await bot.SubscribeAsync("b", "Etc/UTC", 9, 0);
        await bot.StartAsync();

        await bot.RunUntilAsync(At("2026-06-01T10:00:00Z"));

        Assert.Equal([At("2026-06-01T09:00:00Z")], _publisher.Calls.Where(c => c.ChannelId == "b").Select(c => c.At));
        Assert.Equal(
            [At("2026-06-01T09:00:00Z"), At("2026-06-01T09:01:00Z"), At("2026-06-01T09:03:00Z"), At("2026-06-01T09:07:00Z"), At("2026-06-01T09:15:00Z"), At("2026-06-01T09:31:00Z")],
            _publisher.Calls.Where(c => c.ChannelId == "a").Select(c => c.At));
        var entry = await bot.Log.GetAsync(a.Id, June1, CancellationToken.None);
        Assert.Equal((PostState.Failed, 6, "503 Service Unavailable", At("2026-06-01T10:01:00Z")), (entry!.State, entry.Attempts, entry.Reason, entry.NextAttemptAt));
    }

    [Fact]
    public async Task ChannelUnavailable_PausesTheSubscriptionAndStopsTrying()
    {
        _publisher.Behaviour = (call, _) => Task.FromResult(call.ChannelId == "gone"
            ? new PublishResult(PublishStatus.ChannelUnavailable, Reason: "Unknown Channel (10003)")
            : _publisher.Deliver(call));
        await using var bot = new SchedulerHarness(DatabasePath, _time, _publisher);
        await bot.SubscribeAsync("gone", "Etc/UTC", 9, 0);
        await bot.SubscribeAsync("fine", "Etc/UTC", 9, 0);
        await bot.StartAsync();

        await bot.RunUntilAsync(At("2026-06-03T12:00:00Z"));

        Assert.Single(_publisher.Calls, c => c.ChannelId == "gone");
        Assert.Equal(3, _publisher.Calls.Count(c => c.ChannelId == "fine"));
        var paused = Assert.Single(await bot.Subscriptions.ListAsync("g1", CancellationToken.None), s => s.ChannelId == "gone");
        Assert.Equal("Unknown Channel (10003)", paused.PausedReason);
    }

    [Fact]
    public async Task PausedThenSubscribedAgainTheSameDay_PostsAtTheNewTime()
    {
        var gone = true;
        _publisher.Behaviour = (call, _) => Task.FromResult(Volatile.Read(ref gone)
            ? new PublishResult(PublishStatus.ChannelUnavailable, Reason: "Missing Permissions (50013)")
            : _publisher.Deliver(call));
        await using var bot = new SchedulerHarness(DatabasePath, _time, _publisher);
        await bot.SubscribeAsync("c", "Etc/UTC", 9, 0);
        await bot.StartAsync();
        await bot.RunUntilAsync(At("2026-06-01T09:30:00Z"));

        Volatile.Write(ref gone, false); // the admin fixed the permission and subscribes again
        await bot.SubscribeAsync("c", "Etc/UTC", 10, 0);
        await bot.SettleAsync();
        await bot.RunUntilAsync(At("2026-06-01T12:00:00Z"));

        Assert.Equal([At("2026-06-01T09:00:00Z"), At("2026-06-01T10:00:00Z")], _publisher.Calls.Select(c => c.At));
        Assert.Single(_publisher.Messages);
        Assert.False(Assert.Single(await bot.Subscriptions.ListAsync("g1", CancellationToken.None)).IsPaused);
    }

    [Fact]
    public async Task SubscriptionSavedWhileRunning_IsPlannedAtOnce_AndATimeAlreadyPassedStartsTomorrow()
    {
        await using var bot = new SchedulerHarness(DatabasePath, _time, _publisher);
        await bot.StartAsync();
        _time.Advance(TimeSpan.FromMinutes(10));

        await bot.SubscribeAsync("soon", "Etc/UTC", 8, 20);
        await bot.SubscribeAsync("passed", "Etc/UTC", 8, 0);
        await bot.SettleAsync();
        await bot.RunUntilAsync(At("2026-06-02T12:00:00Z"));

        // The scheduler slept until 09:00 (its check interval here is an hour): only the change signal makes 08:20 on time.
        Assert.Equal([At("2026-06-01T08:20:00Z"), At("2026-06-02T08:20:00Z")], _publisher.Calls.Where(c => c.ChannelId == "soon").Select(c => c.At));
        Assert.Equal([At("2026-06-02T08:00:00Z")], _publisher.Calls.Where(c => c.ChannelId == "passed").Select(c => c.At));
    }

    [Fact]
    public async Task EmptyDay_SkippedWhenTheSubscriptionSkipsEmptyDays_OtherwisePostedEmpty()
    {
        await using var bot = new SchedulerHarness(DatabasePath, _time, _publisher, r => new HighlightPost(r.Day, r.Topic, []));
        var skipping = await bot.SubscribeAsync("skipping", "Etc/UTC", 9, 0, skipEmptyDays: true);
        await bot.SubscribeAsync("telling", "Etc/UTC", 9, 0);
        await bot.StartAsync();

        await bot.RunUntilAsync(At("2026-06-01T12:00:00Z"));

        var call = Assert.Single(_publisher.Calls);
        Assert.Equal("telling", call.ChannelId);
        Assert.True(call.Post.IsEmpty);
        Assert.Equal(PostState.Skipped, (await bot.Log.GetAsync(skipping.Id, June1, CancellationToken.None))?.State);
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
    }
}
