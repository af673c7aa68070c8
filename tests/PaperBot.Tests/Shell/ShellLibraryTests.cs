using Moq;
using PaperBot.Core.Chat;
using PaperBot.Core.Highlights;
using PaperBot.Core.Papers;
using PaperBot.Core.Summaries;
using PaperBot.Data.Library;
using PaperBot.Shell;
using PaperBot.Tests.Data;

namespace PaperBot.Tests.Shell;

/// <summary>The shell's /save and /library on a real database, for the member "local".</summary>
public sealed class ShellLibraryTests : IDisposable
{
    private readonly TestStore _store = new();
    private readonly LocalShell _shell;

    public ShellLibraryTests()
    {
        var library = new ShellLibrary(new SqliteLibraryStore(_store.Database, _store.Store, _store.Time), _store.Store);
        _shell = new LocalShell(Mock.Of<IPaperSearch>(), _store.Store, Mock.Of<IAssistant>(), Mock.Of<ISummarizer>(), Mock.Of<ISimilarPapers>(),
            Mock.Of<IHighlightBuilder>(), new ShellSubscriptions(Mock.Of<ISubscriptionStore>()), library: library);
    }

    [Fact]
    public async Task Save_ThenLibrary_ShowsThePaperWithItsTagsAndNote()
    {
        await _store.Ingestor.IngestAsync([TestPaths.CorpusDir], CancellationToken.None);

        var saved = await RunAsync("/save GPipe #Pipeline #to-read compare with PipeDream");
        var again = await RunAsync("/save GPipe");
        var tagged = await RunAsync("/library pipeline");
        var other = await RunAsync("/library nothing-here");

        Assert.StartsWith("Saved \"GPipe", saved, StringComparison.Ordinal);
        Assert.Contains("(1 papers)", saved, StringComparison.Ordinal);
        Assert.Contains("already in your library", again, StringComparison.Ordinal);
        Assert.Contains("#pipeline #to-read", tagged, StringComparison.Ordinal);
        Assert.Contains("compare with PipeDream", tagged, StringComparison.Ordinal);
        Assert.Contains("No papers tagged #nothing-here", other, StringComparison.Ordinal);
        Assert.Equal(1, _store.Database.Read(c => c.ExecuteScalar<int>("SELECT count(*) FROM library_items WHERE member_id = 'local'")));
    }

    [Fact]
    public async Task Save_LongTagOrUnknownPaper_OneLineAndNothingSaved()
    {
        var longTag = await RunAsync($"/save GPipe #{new string('x', 500)}");
        var unknown = await RunAsync("/save no such paper at all");
        var empty = await RunAsync("/save");

        Assert.Equal($"A tag is 500 characters long: keep each tag to 40 or fewer.{Environment.NewLine}", longTag);
        Assert.StartsWith("No paper matches \"no such paper at all\"", unknown, StringComparison.Ordinal);
        Assert.StartsWith("Usage: /save", empty, StringComparison.Ordinal);
        Assert.Equal(0, _store.Count("library_items"));
    }

    [Theory]
    [InlineData("#12 #rl note here", "#12", "rl", "note here")]
    [InlineData("Attention is all you need", "Attention is all you need", null, null)]
    [InlineData("GPipe #a #b", "GPipe", "a b", null)]
    public void Split_PaperThenTagsThenNote(string argument, string paper, string? tags, string? note)
    {
        var split = ShellLibrary.Split(argument);

        Assert.Equal((paper, tags, note), (split.Paper, split.Tags.Count == 0 ? null : string.Join(' ', split.Tags), split.Note));
    }

    private async Task<string> RunAsync(string line)
    {
        using var output = new StringWriter();
        Assert.True(await _shell.HandleAsync(line, output, CancellationToken.None));
        return output.ToString();
    }

    public void Dispose() => _store.Dispose();
}
