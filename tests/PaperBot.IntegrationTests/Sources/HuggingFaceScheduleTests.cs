using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PaperBot.Sources.HuggingFace;
using PaperBot.IntegrationTests.Corpus;
using PaperBot.Testing;

namespace PaperBot.IntegrationTests.Sources;

/// <summary>The source's schedule on a fake clock: a poll on start, the next one PollMinutes later.</summary>
public sealed class HuggingFaceScheduleTests
{
    [Fact]
    public async Task Source_Started_PollsAtOnceThenEveryPollMinutes()
    {
        // Arrange
        await using var server = await FakeHuggingFaceServer.StartAsync();
        using var store = new LiveStore();
        var time = new FakeTimeProvider(SourceRig.Today);
        var options = Options.Create(new HuggingFaceOptions { Enabled = true, BaseUrl = server.BaseUrl, BackfillDays = 3, PollMinutes = 60 });
        var files = new DailyFileStore(Path.Combine(store.Folder, "lists"), time);
        using var client = new HuggingFaceClient(options, time, store.Loggers.CreateLogger<HuggingFaceClient>());
        var poller = new HuggingFaceDailyPoller(client, files, store.Updater, options, time, store.Loggers.CreateLogger<HuggingFaceDailyPoller>());
        using var source = new HuggingFaceDailySource(poller, files, options, time, store.Loggers.CreateLogger<HuggingFaceDailySource>());

        // Act: start; after the first poll, move the clock on 15 s at a time until the second poll comes (advancing in
        // steps never races the source registering its wait; the clock reading at each request says when it came).
        var started = time.GetUtcNow();
        var asked = new System.Collections.Concurrent.ConcurrentQueue<DateTimeOffset>();
        server.Respond = (_, _) =>
        {
            asked.Enqueue(time.GetUtcNow());
            return Task.FromResult(false);
        };
        await source.StartAsync(CancellationToken.None);
        var first = await Eventually.TrueAsync(() => server.Requests.Count == 4);
        var second = await Eventually.TrueAsync(() =>
        {
            time.Advance(TimeSpan.FromSeconds(15));
            return server.Requests.Count >= 6;
        });
        await source.StopAsync(CancellationToken.None);

        // Assert
        Assert.True(first && second, $"requests: {string.Join(", ", server.Dates)}");
        Assert.All(asked.Take(4), at => Assert.Equal(started, at));
        // One period later, not sooner, and not a period skipped.
        Assert.InRange(asked.ElementAt(4) - started, TimeSpan.FromMinutes(60), TimeSpan.FromMinutes(119));
        Assert.Equal(["2026-08-18", "2026-08-17", "2026-08-16", "2026-08-15", "2026-08-18", "2026-08-17"], server.Dates.Take(6));
        Assert.Equal(2, store.Count("papers")); // the lists of 08-17 and 08-18; 08-11 is out of reach
    }
}
