using Moq;
using PaperBot.Charts;
using PaperBot.Core.Papers;
using PaperBot.Core.Trends;
using PaperBot.Discord.Commands;
using PaperBot.Discord.Interactions;
using PaperBot.Tests.Charts;

namespace PaperBot.Tests.Discord.Commands;

public sealed class TrendsCommandTests
{
    private readonly Mock<ITopicTrends> _trends = new(MockBehavior.Strict);

    [Fact]
    public async Task Execute_Matches_PublicReplyWithOnePngAndAnEmbedShowingIt()
    {
        var trend = TrendChartTests.Trend(3, 0, 5) with
        {
            TopPapers = [new PaperHit(7, "Fast Decoding", "2501.01234", new DateOnly(2025, 12, 2), 40, 40, ""), new PaperHit(9, "Slow *Decoding*", null, new DateOnly(2025, 10, 3), 2, 2, "")],
        };
        _trends.Setup(t => t.GetAsync("LLM inference", 3, It.IsAny<CancellationToken>())).ReturnsAsync(trend);

        var reply = await Command().ExecuteAsync(Invocation(("topic", " LLM inference "), ("months", 3L)), CancellationToken.None);

        Assert.False(reply.Ephemeral);
        var file = Assert.Single(reply.Files);
        Assert.Equal("trends.png", file.FileName);
        Assert.Equal("image/png", file.ContentType);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], file.Content.Span[..4].ToArray());
        var embed = Assert.Single(reply.Embeds!);
        Assert.Equal("attachment://trends.png", embed.Image?.Url);
        Assert.Equal("Papers on “LLM inference” per month", embed.Title);
        Assert.StartsWith("8 papers in 3 months; most in 2025-12", embed.Description, StringComparison.Ordinal);
        Assert.Contains("1. [Fast Decoding](https://arxiv.org/abs/2501.01234)", embed.Description, StringComparison.Ordinal);
        Assert.Contains("2. Slow \\*Decoding\\*", embed.Description, StringComparison.Ordinal);
        Assert.Equal([7L, 9L], reply.ShownPaperIds);
        // The payload carries the file with the embed, and the embed points at it as Discord expects.
        var payload = Assert.Single(reply.ToPayloads());
        Assert.Single(payload.Files);
        var json = System.Text.Json.JsonSerializer.Serialize(payload, PaperBot.Discord.Json.DiscordJsonContext.Default.MessagePayload);
        Assert.Contains("\"image\":{\"url\":\"attachment://trends.png\"}", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_NoMonths_TakesTheDefault()
    {
        _trends.Setup(t => t.GetAsync("rl", TrendRules.DefaultMonths, It.IsAny<CancellationToken>())).ReturnsAsync(TrendChartTests.Trend(1));

        var reply = await Command().ExecuteAsync(Invocation(("topic", "rl")), CancellationToken.None);

        Assert.Single(reply.Files);
    }

    [Fact]
    public async Task Execute_NothingMatched_OneLineAndNoChart()
    {
        _trends.Setup(t => t.GetAsync("nothing", 12, It.IsAny<CancellationToken>())).ReturnsAsync(TrendChartTests.Trend(0, 0) with { Topic = "nothing" });

        var reply = await Command().ExecuteAsync(Invocation(("topic", "nothing"), ("months", 12L)), CancellationToken.None);

        Assert.Empty(reply.Files);
        Assert.Null(reply.Embeds);
        Assert.Contains("No papers on \"nothing\"", reply.Content, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', reply.Content!);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(37L)]
    public async Task Execute_MonthsOutOfRange_OneLineWithoutAsking(long months)
    {
        var reply = await Command().ExecuteAsync(Invocation(("topic", "rl"), ("months", months)), CancellationToken.None);

        Assert.True(reply.Ephemeral);
        Assert.Contains("between 1 and 36", reply.Content, StringComparison.Ordinal);
    }

    private TrendsCommand Command() => new(_trends.Object, new TrendChart());

    private static CommandInvocation Invocation(params (string, object)[] options) => new(Interactions.Interactions.Command("trends", options));
}
