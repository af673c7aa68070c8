using System.Text.Json;

namespace PaperBot.IntegrationTests.Cli;

/// <summary><c>trends</c> against the real program, the bundled corpus and real files.</summary>
public sealed class TrendsCommandLineTests : IDisposable
{
    private readonly PaperBotProcess _paperbot = new();

    [Fact]
    public async Task Trends_BundledCorpus_WritesThePngAndPrintsMonthsAsJson()
    {
        var chart = Path.Combine(_paperbot.Home, "chart.png");

        var result = await _paperbot.RunAsync(null, "trends", "LLM inference", "--months", "6", "--out", chart, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var png = await File.ReadAllBytesAsync(chart);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        using var json = JsonDocument.Parse(result.Output);
        var months = json.RootElement.GetProperty("months").EnumerateArray().ToList();
        Assert.Equal(6, months.Count);
        Assert.Equal(json.RootElement.GetProperty("total").GetInt32(), months.Sum(m => m.GetProperty("papers").GetInt32()));
        Assert.True(json.RootElement.GetProperty("total").GetInt32() > 0);
        Assert.Equal(chart, json.RootElement.GetProperty("chart").GetString());
        Assert.NotEmpty(json.RootElement.GetProperty("top").EnumerateArray());
    }

    [Fact]
    public async Task Trends_NothingMatches_NoFileAndOneLineSaying()
    {
        var chart = Path.Combine(_paperbot.Home, "none.png");

        var result = await _paperbot.RunAsync(null, "trends", "zzyzx qwertyuiop", "--out", chart);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.False(File.Exists(chart));
        Assert.Contains("Nothing matched", result.Output);
    }

    [Fact]
    public async Task Trends_MonthsOutOfRange_ExitsWithTheRule()
    {
        var result = await _paperbot.RunAsync(null, "trends", "LLM inference", "--months", "40");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--months must be between 1 and 36", result.Error + result.Output);
    }

    public void Dispose() => _paperbot.Dispose();
}
