using Moq;
using PaperBot.Charts;
using PaperBot.Core.Trends;
using PaperBot.Shell;
using PaperBot.Tests.Charts;

namespace PaperBot.Tests.Shell;

public sealed class ShellTrendsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("paperbot-trends-").FullName;
    private readonly Mock<ITopicTrends> _trends = new(MockBehavior.Strict);

    [Fact]
    public async Task Run_TopicAndMonths_WritesTheChartHereAndPrintsPathAndSummary()
    {
        _trends.Setup(t => t.GetAsync("LLM inference", 3, It.IsAny<CancellationToken>())).ReturnsAsync(TrendChartTests.Trend(2, 4, 1));

        var output = await Shell().RunAsync("LLM inference 3", CancellationToken.None);

        var path = Path.Combine(_folder, "trends-llm-inference.png");
        Assert.True(File.Exists(path));
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], File.ReadAllBytes(path)[..4]);
        Assert.Contains($"Chart: {path}", output, StringComparison.Ordinal);
        Assert.Contains("7 papers in 3 months; most in 2025-11", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NothingMatched_NoFile()
    {
        _trends.Setup(t => t.GetAsync("nothing", TrendRules.DefaultMonths, It.IsAny<CancellationToken>())).ReturnsAsync(TrendChartTests.Trend(0));

        var output = await Shell().RunAsync("nothing", CancellationToken.None);

        Assert.Empty(Directory.GetFiles(_folder));
        Assert.Contains("Nothing matched", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Usage: /trends")]
    [InlineData("rl 99", "between 1 and 36")]
    public async Task Run_BadArgument_SaysWhatToWrite(string argument, string expected)
    {
        var output = await Shell().RunAsync(argument, CancellationToken.None);

        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("LLM inference", "LLM inference", 12)]
    [InlineData("LLM inference 6", "LLM inference", 6)]
    [InlineData("GPT 4", "GPT", 4)]
    [InlineData("GPT-4", "GPT-4", 12)]
    public void Split_TrailingNumber_IsTheMonths(string argument, string topic, int months)
    {
        Assert.Equal((topic, months), ShellTrends.Split(argument));
    }

    [Theory]
    [InlineData("LLM inference", "trends-llm-inference.png")]
    [InlineData("  Diffusion / Video: 2025!  ", "trends-diffusion-video-2025.png")]
    [InlineData("模型", "trends-topic.png")]
    public void FileName_Topic_Slug(string topic, string expected)
    {
        Assert.Equal(expected, PaperBot.Cli.TrendText.FileName(topic));
    }

    private ShellTrends Shell() => new(_trends.Object, new TrendChart(), _folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
