using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using PaperBot.Core.Highlights;

namespace PaperBot.Tests.Highlights;

/// <summary>When and how often posts go out: the clock is fake, the database real, the publisher records.</summary>
public sealed class HighlightSchedulerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("paperbot-sched-").FullName;
    private readonly FakeTimeProvider _time = new(At("2026-01-01T00:00:00Z")); // each test moves it to its own start
    private readonly RecordingPublisher _publisher;

    public HighlightSchedulerTests()
    {
        _publisher = new RecordingPublisher(_time);
    }

    private string DatabasePath => Path.Combine(_folder, "paperbot.db");

    [Fact]
    public async Task Week_TwoTimeZones_SevenPostsEachAtTheirInstants()
    {
        _time.SetUtcNow(At("2026-06-01T00:00:00Z"));
        await using var bot = new SchedulerHarness(DatabasePath, _time, _publisher);
        await bot.SubscribeAsync("new-york", "America/New_York", 9, 0);
        await bot.SubscribeAsync("tokyo", "Asia/Tokyo", 8, 30);
        await bot.StartAsync();

        await bot.RunUntilAsync(At("2026-06-08T00:00:00Z"));

        // 09:00 EDT is 13:00 UTC. Tokyo's June 1 post (08:30 JST = May 31 23:30 UTC) was due before the subscription.
        Assert.Equal(Enumerable.Range(1, 7).Select(d => At($"2026-06-{d:00}T13:00:00Z")), Times("new-york"));
        Assert.Equal(Enumerable.Range(1, 7).Select(d => At($"2026-06-{d:00}T23:30:00Z")), Times("tokyo"));
        Assert.Equal(Enumerable.Range(2, 7).Select(d => new DateOnly(2026, 6, d)), _publisher.Calls.Where(c => c.ChannelId == "tokyo").Select(c => c.Post.Day));
        Assert.Equal(14, _publisher.Calls.Select(c => c.Nonce).Distinct().Count());
    }

    [Fact]
    public async Task SpringForward_TimeThatDoesNotExist_PostsOnceAtTheJump()
    {
        _time.SetUtcNow(At("2026-03-06T00:00:00Z"));
        await using var bot = new SchedulerHarness(DatabasePath, _time, _publisher);
        await bot.SubscribeAsync("c", "America/New_York", 2, 30);
        await bot.StartAsync();

        await bot.RunUntilAsync(At("2026-03-11T00:00:00Z"));

        // Mar 8: clocks jump from 02:00 EST to 03:00 EDT, so 02:30 never happens; 03:00 EDT is 07:00 UTC.
        Assert.Equal(
            [At("2026-03-06T07:30:00Z"), At("2026-03-07T07:30:00Z"), At("2026-03-08T07:00:00Z"), At("2026-03-09T06:30:00Z"), At("2026-03-10T06:30:00Z")],
            Times("c"));
    }

    [Fact]
    public async Task FallBack_AmbiguousTime_PostsOnceAtItsFirstOccurrence()
    {
        _time.SetUtcNow(At("2026-10-30T00:00:00Z"));
        await using var bot = new SchedulerHarness(DatabasePath, _time, _publisher);
        await bot.SubscribeAsync("c", "America/New_York", 1, 30);
        await bot.StartAsync();

        await bot.RunUntilAsync(At("2026-11-03T12:00:00Z"));

        // Nov 1: 01:30 happens at 05:30 UTC (EDT) and again at 06:30 UTC (EST); only the first posts.
        Assert.Equal(
            [At("2026-10-30T05:30:00Z"), At("2026-10-31T05:30:00Z"), At("2026-11-01T05:30:00Z"), At("2026-11-02T06:30:00Z"), At("2026-11-03T06:30:00Z")],
            Times("c"));
    }

    [Fact]
    public async Task Restart_JustBeforeThePostTime_PostsOnce()
    {
        _time.SetUtcNow(At("2026-06-01T00:00:00Z"));
        await using (var first = new SchedulerHarness(DatabasePath, _time, _publisher))
        {
            await first.SubscribeAsync("c", "Etc/UTC", 9, 0);
            await first.StartAsync();
            await first.RunUntilAsync(At("2026-06-01T08:59:59Z"));
        }

        await using var second = new SchedulerHarness(DatabasePath, _time, _publisher);
        await second.StartAsync();
        await second.RunUntilAsync(At("2026-06-01T23:00:00Z"));

        Assert.Equal([At("2026-06-01T09:00:00Z")], Times("c"));
    }

    [Fact]
    public async Task Restart_DuringTheSend_ResendsWithTheSameNonceAndOneMessageIsPosted()
    {
        _time.SetUtcNow(At("2026-06-01T00:00:00Z"));
        Subscription subscription;
        _publisher.Behaviour = _publisher.DeliverThenHangAsync;
        await using (var first = new SchedulerHarness(DatabasePath, _time, _publisher))
        {
            subscription = await first.SubscribeAsync("c", "Etc/UTC", 9, 0);
            await first.StartAsync();
            _time.Advance(TimeSpan.FromHours(9));
            await _publisher.WaitForAsync(calls => calls.Count == 1);
            Assert.Equal(PostState.Sending, (await first.Log.GetAsync(subscription.Id, new DateOnly(2026, 6, 1), CancellationToken.None))?.State);
        } // the "process" dies: the publisher delivered, the log still says sending

        _publisher.Behaviour = null;
        _time.Advance(TimeSpan.FromMinutes(2));
        await using var second = new SchedulerHarness(DatabasePath, _time, _publisher);
        await second.StartAsync();
        await second.RunUntilAsync(At("2026-06-01T23:00:00Z"));

        var entry = await second.Log.GetAsync(subscription.Id, new DateOnly(2026, 6, 1), CancellationToken.None);
        Assert.Equal(2, _publisher.Calls.Count);
        Assert.Equal(["hl-1-20260601", "hl-1-20260601"], _publisher.Calls.Select(c => c.Nonce));
        Assert.Single(_publisher.Messages);
        Assert.Equal((PostState.Sent, "m1", 2), (entry!.State, entry.MessageId, entry.Attempts));
    }

    [Fact]
    public async Task Restart_JustAfterTheSend_NeverPostsAgain()
    {
        _time.SetUtcNow(At("2026-06-01T00:00:00Z"));
        await using (var first = new SchedulerHarness(DatabasePath, _time, _publisher))
        {
            await first.SubscribeAsync("c", "Etc/UTC", 9, 0);
            await first.StartAsync();
            await first.RunUntilAsync(At("2026-06-01T09:00:01Z"));
        }

        await using var second = new SchedulerHarness(DatabasePath, _time, _publisher);
        await second.StartAsync();
        await second.RunUntilAsync(At("2026-06-01T23:59:00Z"));

        Assert.Equal([At("2026-06-01T09:00:00Z")], Times("c"));
    }

    [Fact]
    public async Task Downtime_OverThePostTimeSameDay_PostsOnceLate()
    {
        _time.SetUtcNow(At("2026-06-01T00:00:00Z"));
        await using (var setup = new SchedulerHarness(DatabasePath, _time, _publisher))
        {
            await setup.SubscribeAsync("c", "Etc/UTC", 9, 0);
        }

        _time.SetUtcNow(At("2026-06-01T11:15:00Z")); // PaperBot was not running at 09:00
        await using var bot = new SchedulerHarness(DatabasePath, _time, _publisher);
        await bot.StartAsync();
        await bot.RunUntilAsync(At("2026-06-01T23:59:00Z"));

        Assert.Equal([At("2026-06-01T11:15:00Z")], Times("c"));
    }

    [Fact]
    public async Task Downtime_PastTheEndOfTheDay_SkipsItWithARowAndPostsTheNextDay()
    {
        _time.SetUtcNow(At("2026-06-01T00:00:00Z"));
        Subscription subscription;
        await using (var setup = new SchedulerHarness(DatabasePath, _time, _publisher))
        {
            subscription = await setup.SubscribeAsync("c", "Etc/UTC", 9, 0);
        }

        _time.SetUtcNow(At("2026-06-02T08:00:00Z"));
        await using var bot = new SchedulerHarness(DatabasePath, _time, _publisher);
        await bot.StartAsync();
        Assert.Empty(_publisher.Calls);
        await bot.RunUntilAsync(At("2026-06-02T12:00:00Z"));

        var missed = await bot.Log.GetAsync(subscription.Id, new DateOnly(2026, 6, 1), CancellationToken.None);
        Assert.Equal(PostState.Skipped, missed?.State);
        Assert.Equal([At("2026-06-02T09:00:00Z")], Times("c"));
        Assert.Equal(new DateOnly(2026, 6, 2), Assert.Single(_publisher.Calls).Post.Day);
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

    internal static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private IEnumerable<DateTimeOffset> Times(string channelId) => _publisher.Calls.Where(c => c.ChannelId == channelId).Select(c => c.At);
}
