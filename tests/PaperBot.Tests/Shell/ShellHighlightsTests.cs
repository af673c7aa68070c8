using Moq;
using PaperBot.Core.Chat;
using PaperBot.Core.Highlights;
using PaperBot.Core.Papers;
using PaperBot.Core.Summaries;
using PaperBot.Data.Highlights;
using PaperBot.Shell;
using PaperBot.Tests.Data;

namespace PaperBot.Tests.Shell;

/// <summary>The shell's <c>/highlights</c>, <c>/subscribe</c>, <c>/unsubscribe</c> and <c>/subscriptions</c> on a real store.</summary>
public sealed class ShellHighlightsTests : IDisposable
{
    private readonly TestStore _store = new();
    private readonly SqliteSubscriptionStore _subscriptions;
    private readonly Mock<IHighlightBuilder> _builder = new();
    private readonly Mock<IPaperStore> _papers = new();
    private readonly LocalShell _shell;

    public ShellHighlightsTests()
    {
        _subscriptions = new SqliteSubscriptionStore(_store.Database, _store.Time, new SubscriptionChangeSignal());
        _shell = new LocalShell(
            Mock.Of<IPaperSearch>(),
            _papers.Object,
            Mock.Of<IAssistant>(),
            Mock.Of<ISummarizer>(),
            Mock.Of<ISimilarPapers>(),
            _builder.Object,
            new ShellSubscriptions(_subscriptions));
    }

    [Fact]
    public async Task Subscribe_CountTopicAndFlag_IsSavedInTheLocalGuild()
    {
        var reply = await RunAsync("/subscribe 123 09:30 Europe/Berlin 3 diffusion models --skip-empty");

        var saved = Assert.Single(await _subscriptions.ListAsync(ShellSubscriptions.GuildId, CancellationToken.None));
        Assert.Equal(("123", new TimeOnly(9, 30), "Europe/Berlin", 3, "diffusion models", true),
            (saved.ChannelId, saved.PostAt, saved.TimeZoneId, saved.Count, saved.Topic, saved.SkipEmptyDays));
        Assert.StartsWith($"Subscribed: #{saved.Id} channel 123: 09:30 Europe/Berlin, 3 papers on \"diffusion models\", skipping empty days", reply);
    }

    [Theory]
    [InlineData("/subscribe 123 09:00 Berlin", "Unknown time zone 'Berlin': use an IANA name such as Europe/Berlin.")]
    [InlineData("/subscribe 123 9am Europe/Berlin", "'9am' is not a time of day: use HH:MM on a 24-hour clock, e.g. 09:00 or 17:30.")]
    [InlineData("/subscribe 123 09:00 Europe/Berlin 12", "Count 12 is out of range: choose 1 to 10 papers.")]
    public async Task Subscribe_BadInput_OneLineSayingWhatToDoAndNothingSaved(string line, string error)
    {
        var reply = await RunAsync(line);

        Assert.Equal(error + Environment.NewLine, reply);
        Assert.Empty(await _subscriptions.ListAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task Subscribe_TooFewWords_ShowsUsage()
    {
        Assert.StartsWith("Usage: /subscribe CHANNEL_ID HH:MM ZONE", await RunAsync("/subscribe 123"));
    }

    [Fact]
    public async Task Unsubscribe_ByTopicThenAll_AndSubscriptionsListsWhatIsLeft()
    {
        await RunAsync("/subscribe 123 09:00 Europe/Berlin diffusion");
        await RunAsync("/subscribe 123 10:00 Asia/Tokyo robotics");

        var one = await RunAsync("/unsubscribe 123 Diffusion");
        var list = await RunAsync("/subscriptions");
        var rest = await RunAsync("/unsubscribe 123");
        var none = await RunAsync("/unsubscribe 123");

        Assert.Equal("Removed 1 subscription for channel 123 on \"Diffusion\"." + Environment.NewLine, one);
        Assert.Contains("channel 123: 10:00 Asia/Tokyo, 5 papers on \"robotics\"", list);
        Assert.DoesNotContain("diffusion", list);
        Assert.StartsWith("Removed 1 subscription for channel 123.", rest);
        Assert.StartsWith("No subscription for channel 123.", none);
        Assert.StartsWith("No subscriptions.", await RunAsync("/subscriptions"));
    }

    [Fact]
    public async Task Subscriptions_Paused_ShowsTheReason()
    {
        var saved = await _subscriptions.SaveAsync(new SubscriptionRequest(ShellSubscriptions.GuildId, "9", new TimeOnly(8, 0), "Etc/UTC", null, 1, false), CancellationToken.None);
        await _subscriptions.PauseAsync(saved.Id, "Missing Access", CancellationToken.None);

        Assert.Contains("1 paper (paused: Missing Access; /subscribe again to resume)", await RunAsync("/subscriptions"));
    }

    [Fact]
    public async Task Highlights_NoDate_UsesTheNewestDailyListAndTheBuilder()
    {
        var day = new DateOnly(2025, 12, 11);
        _papers.Setup(p => p.GetStatsAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new CorpusStats(1, 0, 1, null, null, 3, "x.db", 0, day));
        _builder.Setup(b => b.BuildAsync(new HighlightRequest(day, "video", 5, null), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new HighlightPost(day, "video", [new HighlightItem(12, "Video Diffusion", "It makes videos.", 40, "2512.00001", null)]));

        var reply = await RunAsync("/highlights video");

        Assert.StartsWith("Highlights of 2025-12-11 on \"video\":", reply);
        Assert.Contains(" 1. Video Diffusion", reply);
        Assert.Contains("#12 · 40 upvotes · arXiv:2512.00001", reply);
        Assert.Contains("It makes videos.", reply);
    }

    [Fact]
    public async Task Highlights_EmptyDay_SaysNothingNew()
    {
        var day = new DateOnly(2025, 12, 12);
        _builder.Setup(b => b.BuildAsync(It.IsAny<HighlightRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(new HighlightPost(day, null, []));

        Assert.Equal("Nothing new on 2025-12-12." + Environment.NewLine, await RunAsync("/highlights 2025-12-12"));
    }

    [Fact]
    public void Help_ListsTheSubscriptionCommands()
    {
        Assert.Contains("/subscribe CHANNEL_ID HH:MM ZONE", ShellCommand.Help);
        Assert.Contains("/unsubscribe CHANNEL_ID [TOPIC]", ShellCommand.Help);
        Assert.Contains("/subscriptions", ShellCommand.Help);
    }

    public void Dispose() => _store.Dispose();

    private async Task<string> RunAsync(string line)
    {
        var output = new StringWriter();
        Assert.True(await _shell.HandleAsync(line, output, CancellationToken.None));
        return output.ToString();
    }
}
