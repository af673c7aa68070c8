using Moq;
using PaperBot.Charts;
using PaperBot.Core.Chat;
using PaperBot.Core.Highlights;
using PaperBot.Core.Papers;
using PaperBot.Core.Summaries;
using PaperBot.Core.Trends;
using PaperBot.Shell;
using PaperBot.Tests.Charts;

namespace PaperBot.Tests.Shell;

public sealed class ShellTrendsDispatchTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("paperbot-shell-trends-").FullName;

    [Fact]
    public async Task Run_TrendsLine_WritesTheChartAndPrintsItsPath()
    {
        var trends = new Mock<ITopicTrends>();
        trends.Setup(t => t.GetAsync("diffusion", 6, It.IsAny<CancellationToken>())).ReturnsAsync(TrendChartTests.Trend(1, 2) with { Topic = "diffusion" });
        var shell = new LocalShell(
            Mock.Of<IPaperSearch>(), Mock.Of<IPaperStore>(), Mock.Of<IAssistant>(), Mock.Of<ISummarizer>(), Mock.Of<ISimilarPapers>(),
            Mock.Of<IHighlightBuilder>(), new ShellSubscriptions(Mock.Of<ISubscriptionStore>()), trends: new ShellTrends(trends.Object, new TrendChart(), _folder));
        using var output = new StringWriter();

        await shell.RunAsync(new StringReader("/trends diffusion 6\n"), output, interactive: false, CancellationToken.None);

        var path = Path.Combine(_folder, "trends-diffusion.png");
        Assert.True(File.Exists(path));
        Assert.Contains($"Chart: {path}", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("3 papers in 2 months; most in 2025-12", output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
