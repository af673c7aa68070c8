using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PaperBot.Core.Highlights;
using PaperBot.Highlights;
using PaperBot.Testing;

namespace PaperBot.IntegrationTests.Storage;

/// <summary>
/// Two PaperBot "processes" (each its own database object, post log claim owner and highlight scheduler) on one
/// database, waking together at the post time: every (subscription, day) is sent once, by one of them.
/// </summary>
public abstract class ExactlyOnceContractTests : StoreContract
{
    private const int Channels = 12;

    [Fact]
    public async Task TwoProcessesAtThePostTime_EachPostSentOnceByOneOfThem()
    {
        var time = Backend.Time;
        for (var i = 0; i < Channels; i++)
        {
            await Process.Subscriptions.SaveAsync(new SubscriptionRequest("g1", $"c{i}", new TimeOnly(12, 1), "Etc/UTC", null, 3, false), CancellationToken.None);
        }

        var publisher = new CountingPublisher();
        await using var second = Backend.StartProcess();
        using var a = Scheduler(Process, publisher);
        using var b = Scheduler(second, publisher);
        var start = time.GetUtcNow();
        await Task.WhenAll(a.StartAsync(CancellationToken.None), b.StartAsync(CancellationToken.None));
        await Task.WhenAll(IdleAsync(a, start), IdleAsync(b, start));

        // Both sleep until 12:01; moving the clock there wakes them together.
        time.Advance(TimeSpan.FromMinutes(1));
        await Task.WhenAll(IdleAsync(a, time.GetUtcNow()), IdleAsync(b, time.GetUtcNow()));
        await Task.WhenAll(a.StopAsync(CancellationToken.None), b.StopAsync(CancellationToken.None));

        var day = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var subscriptions = await Process.Subscriptions.ListAsync(null, CancellationToken.None);
        Assert.Equal(Channels, publisher.Sends.Count);
        Assert.All(publisher.Sends.Values, sends => Assert.Equal(1, sends));
        foreach (var subscription in subscriptions)
        {
            var entry = await Process.PostLog.GetAsync(subscription.Id, day, CancellationToken.None);
            Assert.Equal((PostState.Sent, 1), (entry!.State, entry.Attempts));
        }
    }

    private static Task<DateTimeOffset> IdleAsync(HighlightScheduler scheduler, DateTimeOffset plannedAtLeast) =>
        scheduler.WaitIdleAsync(plannedAtLeast, CancellationToken.None).WaitAsync(Eventually.Deadline);

    private HighlightScheduler Scheduler(StoreProcess process, IChannelPublisher publisher)
    {
        var time = Backend.Time;
        var options = Options.Create(new HighlightOptions { CheckIntervalSeconds = 3600, SendTimeoutSeconds = 30 });
        var sender = new HighlightSender(new OnePaper(), process.PostLog, process.Subscriptions, publisher, options, time, NullLogger<HighlightSender>.Instance);
        var planner = new HighlightPlanner(process.PostLog, NullLogger<HighlightPlanner>.Instance);
        return new HighlightScheduler(process.Subscriptions, planner, sender, process.Changes, options, time, NullLogger<HighlightScheduler>.Instance);
    }

    private sealed class OnePaper : IHighlightBuilder
    {
        public Task<HighlightPost> BuildAsync(HighlightRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(new HighlightPost(request.Day, request.Topic, [new HighlightItem(1, "A Paper", "It does a thing.", 3, null, null)]));
    }
}
