using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.IntegrationTests.Ai;
using PaperBot.IntegrationTests.Corpus;
using PaperBot.Sources.HuggingFace;

namespace PaperBot.IntegrationTests.Sources;

/// <summary>
/// One poll at a time against a local Hugging Face: today is 2026-08-18 (a Tuesday), so a week of backfill reaches every
/// daily list of the real fixture (08-11, 08-17, 08-18). Real SQLite file, real folder.
/// </summary>
public sealed class HuggingFaceDailySourceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Today = new(2026, 8, 18, 9, 30, 0, TimeSpan.Zero);
    private readonly LiveStore _store = new();
    private readonly ShiftedClock _clock = new(Today);
    private readonly List<HuggingFaceClient> _clients = [];
    private FakeHuggingFaceServer _server = null!;

    private string Folder => Path.Combine(_store.Folder, "sources", "huggingface");

    public async Task InitializeAsync() => _server = await FakeHuggingFaceServer.StartAsync();

    public async Task DisposeAsync()
    {
        _clients.ForEach(c => c.Dispose());
        await _server.DisposeAsync();
        _store.Dispose();
    }

    [Fact]
    public async Task Poll_Backfill_FetchesTodayAndSevenDaysBackSavesAndIngestsWithTheirDailyDate()
    {
        var fetched = await Poller().PollAsync(CancellationToken.None);

        string[] week = ["2026-08-18", "2026-08-17", "2026-08-16", "2026-08-15", "2026-08-14", "2026-08-13", "2026-08-12", "2026-08-11"];
        Assert.Equal(week, _server.Dates);
        Assert.Equal(8, fetched.Count);
        Assert.All(_server.Requests, r => Assert.Equal(("100", null, HuggingFaceClient.UserAgent), (r.Limit, r.Page, r.UserAgent)));
        Assert.Equal(week.Select(d => $"daily-{d}.json").Order(), Directory.GetFiles(Folder).Select(Path.GetFileName).Order());
        Assert.Equal(_server.ItemsOn("2026-08-17").ToJsonString(), File.ReadAllText(Path.Combine(Folder, "daily-2026-08-17.json")));
        Assert.Equal(new DateOnly(2026, 8, 11), (await _store.FindAsync("2608.09888"))?.Paper.DailyDate);
        Assert.Equal(new DateOnly(2026, 8, 18), (await _store.FindAsync("2608.15089"))?.Paper.DailyDate);
        Assert.Equal(new DateOnly(2026, 8, 17), (await _store.FindAsync("2608.14391"))?.Paper.DailyDate);
    }

    [Fact]
    public async Task Poll_Again_FetchesOnlyTodayAndYesterday()
    {
        var poller = Poller();
        await poller.PollAsync(CancellationToken.None);
        _server.Requests.Clear();

        await poller.PollAsync(CancellationToken.None);

        Assert.Equal(["2026-08-18", "2026-08-17"], _server.Dates);
        Assert.Equal(3, _store.Count("papers"));
    }

    [Fact]
    public async Task Poll_DaysLater_FetchesAgainTheDaysThatWereStillChanging()
    {
        await Poller().PollAsync(CancellationToken.None);
        _server.Requests.Clear();
        _clock.Jump(TimeSpan.FromDays(3));

        // A new process: what is final is read from the folder, not remembered.
        await Poller().PollAsync(CancellationToken.None);

        Assert.Equal(["2026-08-21", "2026-08-20", "2026-08-19", "2026-08-18", "2026-08-17"], _server.Dates);
    }

    [Theory]
    [InlineData("RateLimit", "\"api\";r=0;t=1")]
    [InlineData("Retry-After", "1")]
    public async Task Poll_RateLimited_WaitsAsToldBeforeTheNextRequest(string header, string value)
    {
        _server.Respond = async (n, context) =>
        {
            if (n > 0)
            {
                return false;
            }

            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers[header] = value;
            await context.Response.WriteAsync("rate limited");
            return true;
        };

        await Poller(backfillDays: 1).PollAsync(CancellationToken.None);

        var requests = _server.Requests.ToArray();
        Assert.Equal(["2026-08-18", "2026-08-18", "2026-08-17"], requests.Select(r => r.Date));
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(1), $"waited only {requests[1].At - requests[0].At}");
        Assert.True(File.Exists(Path.Combine(Folder, "daily-2026-08-18.json")));
        Assert.NotNull(await _store.FindAsync("2608.15089"));
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body>Down for maintenance</body></html>")]
    [InlineData("{\"error\":\"Invalid date\"}")]
    public async Task Poll_GarbageBody_WritesNothingAndLogsOneLine(string body)
    {
        _server.Respond = async (_, context) =>
        {
            await context.Response.WriteAsync(body);
            return true;
        };

        await Poller().PollAsync(CancellationToken.None);

        Assert.Single(_server.Requests);
        Assert.False(Directory.Exists(Folder) && Directory.EnumerateFileSystemEntries(Folder).Any());
        var line = Assert.Single(_store.Warnings<HuggingFaceDailyPoller>());
        Assert.Contains("2026-08-18 not fetched", line);
        Assert.DoesNotContain('\n', line);
        Assert.Equal(0, _store.Count("source_files"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Poll_ServerDown_LogsAndFetchesOnTheNextPoll(bool dropConnection)
    {
        var down = true;
        _server.Respond = (_, context) =>
        {
            if (!down)
            {
                return Task.FromResult(false);
            }

            if (dropConnection)
            {
                context.Abort();
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            }

            return Task.FromResult(true);
        };
        var poller = Poller();

        await poller.PollAsync(CancellationToken.None);
        var whileDown = _server.Requests.Count;
        down = false;
        await poller.PollAsync(CancellationToken.None);

        Assert.Equal(1, whileDown);
        Assert.Contains("not fetched", Assert.Single(_store.Warnings<HuggingFaceDailyPoller>()));
        Assert.Equal(8, Directory.GetFiles(Folder).Length);
        Assert.Equal(3, _store.Count("papers"));
    }

    [Fact]
    public async Task Poll_Unreachable_LogsOneLineAndWritesNothing()
    {
        var fetched = await Poller(baseUrl: new Uri(AiTestHost.ClosedEndpoint().GetLeftPart(UriPartial.Authority))).PollAsync(CancellationToken.None);

        Assert.Empty(fetched);
        Assert.Contains("2026-08-18 not fetched", Assert.Single(_store.Warnings<HuggingFaceDailyPoller>()));
        Assert.False(Directory.Exists(Folder));
    }

    [Fact]
    public async Task Poll_FullPage_FetchesTheNextPageAndSavesBoth()
    {
        _server.Respond = async (_, context) =>
        {
            if (context.Request.Query["date"] != "2026-08-18")
            {
                return false;
            }

            var first = context.Request.Query["p"].Count == 0;
            var items = new JsonArray([.. Enumerable.Range(first ? 0 : 100, first ? 100 : 1).Select(i => DailyJson.Item($"2608.{i:00000}"))]);
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(items.ToJsonString());
            return true;
        };

        await Poller(backfillDays: 0).PollAsync(CancellationToken.None);

        Assert.Equal([null, "1"], _server.Requests.Select(r => r.Page));
        Assert.Equal(101, JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "daily-2026-08-18.json")))!.AsArray().Count);
        Assert.Equal(101, _store.Count("papers"));
    }

    [Fact]
    public async Task SaveAsync_SameContent_DoesNotWriteAgain()
    {
        var files = new DailyFileStore(Folder, _clock);
        var day = new DateOnly(2026, 8, 18);

        var first = await files.SaveAsync(day, "[]"u8.ToArray(), CancellationToken.None);
        var second = await files.SaveAsync(day, "[]"u8.ToArray(), CancellationToken.None);
        var third = await files.SaveAsync(day, "[ ]"u8.ToArray(), CancellationToken.None);

        Assert.Equal((true, false, true), (first, second, third));
        Assert.Equal(["daily-2026-08-18.json"], Directory.GetFiles(Folder).Select(Path.GetFileName));
    }

    private HuggingFaceDailyPoller Poller(int backfillDays = 7, Uri? baseUrl = null)
    {
        var options = Options.Create(new HuggingFaceOptions
        {
            Enabled = true,
            BaseUrl = baseUrl ?? _server.BaseUrl,
            BackfillDays = backfillDays,
            TimeoutSeconds = 20,
        });
        var client = new HuggingFaceClient(options, _clock, _store.Loggers.CreateLogger<HuggingFaceClient>());
        _clients.Add(client);
        return new HuggingFaceDailyPoller(client, new DailyFileStore(Folder, _clock), _store.Updater, options, _clock, _store.Loggers.CreateLogger<HuggingFaceDailyPoller>());
    }
}
