using System.Text.Json;

namespace PaperBot.IntegrationTests.Cli;

/// <summary>The shell's /save and the <c>library</c> verb share one library (the member "local"), in the real program.</summary>
public sealed class LibraryVerbTests : IDisposable
{
    private readonly PaperBotProcess _paperbot = new();

    [Fact]
    public async Task SaveInTheShell_ThenLibraryVerb_ListsItAsJsonAndByTag()
    {
        var db = Path.Combine(_paperbot.Home, "library.db");

        var shell = await _paperbot.RunAsync("/save GPipe #rl read by Friday\n/quit\n", "chat", "--db", db);
        var json = await _paperbot.RunAsync(null, "library", "--json", "--db", db);
        var tagged = await _paperbot.RunAsync(null, "library", "--tag", "rl", "--db", db);
        var none = await _paperbot.RunAsync(null, "library", "--tag", "unused", "--db", db);

        Assert.True(shell.ExitCode == 0, shell.ToString());
        Assert.Contains("Saved \"GPipe: Efficient Training of Giant Neural Networks", shell.Output, StringComparison.Ordinal);
        Assert.True(json.ExitCode == 0, json.ToString());
        using var document = JsonDocument.Parse(json.Output);
        var paper = Assert.Single(document.RootElement.EnumerateArray());
        Assert.StartsWith("GPipe", paper.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("rl", Assert.Single(paper.GetProperty("tags").EnumerateArray()).GetString());
        Assert.Equal("read by Friday", paper.GetProperty("note").GetString());
        Assert.Contains("1 paper, newest saved first", tagged.Output, StringComparison.Ordinal);
        Assert.Contains("No papers tagged #unused", none.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _paperbot.Dispose();
}
