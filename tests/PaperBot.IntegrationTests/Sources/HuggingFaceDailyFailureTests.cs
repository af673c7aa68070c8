using Microsoft.AspNetCore.Http;
using PaperBot.IntegrationTests.Ai;
using PaperBot.IntegrationTests.Corpus;
using PaperBot.Sources.HuggingFace;

namespace PaperBot.IntegrationTests.Sources;

/// <summary>Polls against a local Hugging Face that rate limits, fails or answers garbage: it waits, logs one line, writes nothing, tries again.</summary>
public sealed class HuggingFaceDailyFailureTests : IAsyncLifetime
{
    private SourceRig _rig = null!;

    public async Task InitializeAsync() => _rig = await SourceRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Theory]
    [InlineData("RateLimit", "\"api\";r=0;t=1")]
    [InlineData("Retry-After", "1")]
    public async Task Poll_RateLimited_WaitsAsToldBeforeTheNextRequest(string header, string value)
    {
        _rig.Server.Respond = async (n, context) =>
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

        var requests = _rig.Server.Requests.ToArray();
        Assert.Equal(["2026-08-18", "2026-08-18", "2026-08-17"], requests.Select(r => r.Date));
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(1), $"waited only {requests[1].At - requests[0].At}");
        Assert.True(File.Exists(Path.Combine(_rig.Folder, "daily-2026-08-18.json")));
        Assert.NotNull(await _rig.Store.FindAsync("2608.15089"));
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body>Down for maintenance</body></html>")]
    [InlineData("{\"error\":\"Invalid date\"}")]
    public async Task Poll_GarbageBody_WritesNothingAndLogsOneLine(string body)
    {
        _rig.Server.Respond = async (_, context) =>
        {
            await context.Response.WriteAsync(body);
            return true;
        };

        await Poller().PollAsync(CancellationToken.None);

        Assert.Single(_rig.Server.Requests);
        Assert.False(Directory.Exists(_rig.Folder) && Directory.EnumerateFileSystemEntries(_rig.Folder).Any());
        var line = Assert.Single(_rig.Store.Warnings<HuggingFaceDailyPoller>());
        Assert.Contains("2026-08-18 not fetched", line);
        Assert.DoesNotContain('\n', line);
        Assert.Equal(0, _rig.Store.Count("source_files"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Poll_ServerDown_LogsAndFetchesOnTheNextPoll(bool dropConnection)
    {
        var down = true;
        _rig.Server.Respond = (_, context) =>
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
        var whileDown = _rig.Server.Requests.Count;
        down = false;
        await poller.PollAsync(CancellationToken.None);

        Assert.Equal(1, whileDown);
        Assert.Contains("not fetched", Assert.Single(_rig.Store.Warnings<HuggingFaceDailyPoller>()));
        Assert.Equal(8, Directory.GetFiles(_rig.Folder).Length);
        Assert.Equal(3, _rig.Store.Count("papers"));
    }

    [Fact]
    public async Task Poll_Unreachable_LogsOneLineAndWritesNothing()
    {
        var fetched = await Poller(baseUrl: new Uri(AiTestHost.ClosedEndpoint().GetLeftPart(UriPartial.Authority))).PollAsync(CancellationToken.None);

        Assert.Empty(fetched);
        Assert.Contains("2026-08-18 not fetched", Assert.Single(_rig.Store.Warnings<HuggingFaceDailyPoller>()));
        Assert.False(Directory.Exists(_rig.Folder));
    }

    private HuggingFaceDailyPoller Poller(int backfillDays = 7, Uri? baseUrl = null) => _rig.Poller(backfillDays, baseUrl);
}
