using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using PaperBot.IntegrationTests.Corpus;
using PaperBot.Sources.HuggingFace;

namespace PaperBot.IntegrationTests.Sources;

/// <summary>Polls against a local Hugging Face that answers: what is fetched, saved and ingested, and what is not fetched again.</summary>
public sealed class HuggingFaceDailySourceTests : IAsyncLifetime
{
    private SourceRig _rig = null!;

    public async Task InitializeAsync() => _rig = await SourceRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task Poll_Backfill_FetchesTodayAndSevenDaysBackSavesAndIngestsWithTheirDailyDate()
    {
        var fetched = await Poller().PollAsync(CancellationToken.None);

        string[] week = ["2026-08-18", "2026-08-17", "2026-08-16", "2026-08-15", "2026-08-14", "2026-08-13", "2026-08-12", "2026-08-11"];
        Assert.Equal(week, _rig.Server.Dates);
        Assert.Equal(8, fetched.Count);
        Assert.All(_rig.Server.Requests, r => Assert.Equal(("100", null, HuggingFaceClient.UserAgent), (r.Limit, r.Page, r.UserAgent)));
        Assert.Equal(week.Select(d => $"daily-{d}.json").Order(), Directory.GetFiles(_rig.Folder).Select(Path.GetFileName).Order());
        Assert.Equal(_rig.Server.ItemsOn("2026-08-17").ToJsonString(), File.ReadAllText(Path.Combine(_rig.Folder, "daily-2026-08-17.json")));
        Assert.Equal(new DateOnly(2026, 8, 11), (await _rig.Store.FindAsync("2608.09888"))?.Paper.DailyDate);
        Assert.Equal(new DateOnly(2026, 8, 18), (await _rig.Store.FindAsync("2608.15089"))?.Paper.DailyDate);
        Assert.Equal(new DateOnly(2026, 8, 17), (await _rig.Store.FindAsync("2608.14391"))?.Paper.DailyDate);

        // Empty lists (weekends, here every day without a fixture paper) load as empty files, not as errors.
        Assert.Equal("[]", File.ReadAllText(Path.Combine(_rig.Folder, "daily-2026-08-15.json")));
        Assert.Empty(_rig.Store.Warnings<PaperBot.Data.Ingest.CorpusIngestor>());
    }

    [Fact]
    public async Task Poll_Again_FetchesOnlyTodayAndYesterday()
    {
        var poller = Poller();
        await poller.PollAsync(CancellationToken.None);
        _rig.Server.Requests.Clear();

        await poller.PollAsync(CancellationToken.None);

        Assert.Equal(["2026-08-18", "2026-08-17"], _rig.Server.Dates);
        Assert.Equal(3, _rig.Store.Count("papers"));
    }

    [Fact]
    public async Task Poll_DaysLater_FetchesAgainTheDaysThatWereStillChanging()
    {
        await Poller().PollAsync(CancellationToken.None);
        _rig.Server.Requests.Clear();
        _rig.Clock.Jump(TimeSpan.FromDays(3));

        // A new process: what is final is read from the folder, not remembered.
        await Poller().PollAsync(CancellationToken.None);

        Assert.Equal(["2026-08-21", "2026-08-20", "2026-08-19", "2026-08-18", "2026-08-17"], _rig.Server.Dates);
    }

    [Fact]
    public async Task Poll_FullPage_FetchesTheNextPageAndSavesBoth()
    {
        _rig.Server.Respond = async (_, context) =>
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

        Assert.Equal([null, "1"], _rig.Server.Requests.Select(r => r.Page));
        Assert.Equal(101, JsonNode.Parse(File.ReadAllText(Path.Combine(_rig.Folder, "daily-2026-08-18.json")))!.AsArray().Count);
        Assert.Equal(101, _rig.Store.Count("papers"));
    }

    [Fact]
    public async Task SaveAsync_SameContent_DoesNotWriteAgain()
    {
        var files = new DailyFileStore(_rig.Folder, _rig.Clock);
        var day = new DateOnly(2026, 8, 18);

        var first = await files.SaveAsync(day, "[]"u8.ToArray(), CancellationToken.None);
        var second = await files.SaveAsync(day, "[]"u8.ToArray(), CancellationToken.None);
        var third = await files.SaveAsync(day, "[ ]"u8.ToArray(), CancellationToken.None);

        Assert.Equal((true, false, true), (first, second, third));
        Assert.Equal(["daily-2026-08-18.json"], Directory.GetFiles(_rig.Folder).Select(Path.GetFileName));
    }

    private HuggingFaceDailyPoller Poller(int backfillDays = 7, Uri? baseUrl = null) => _rig.Poller(backfillDays, baseUrl);
}
