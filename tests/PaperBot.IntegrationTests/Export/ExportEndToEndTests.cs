using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Moq;
using PaperBot.Core.Chat;
using PaperBot.Core.Library;
using PaperBot.Core.Papers;
using PaperBot.FakeDiscord;
using PaperBot.IntegrationTests.Discord.Bot;

namespace PaperBot.IntegrationTests.Export;

/// <summary>/export through the fake Discord: the attachment's bytes are what a real BibTeX tool (BibTool) accepts.</summary>
public sealed partial class ExportEndToEndTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly string _folder = Directory.CreateTempSubdirectory("paperbot-export-").FullName;

    [Fact]
    public async Task ExportBibTex_CorpusAndTrickyPapers_AttachmentAcceptedByBibTool()
    {
        var papers = await ExportLibrary.CreateAsync();
        await using var bot = await InProcessBot.StartAsync(new Mock<IPaperSearch>(), new Mock<IAssistant>(), library: Library(papers).Object);

        var file = await ExportAsync(bot.Discord, "bibtex");

        Assert.Equal("papers.bib", file.FileName);
        var bib = Encoding.UTF8.GetString(file.Content);
        var keys = EntryKey().Matches(bib).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(papers.Count, keys.Count);
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var path = Path.Combine(_folder, file.FileName);
        await File.WriteAllBytesAsync(path, file.Content);
        var (diagnostics, normalized) = await BibTool.CheckAsync(path);
        Assert.True(diagnostics.Length == 0, $"bibtool reported:\n{diagnostics}");
        Assert.Equal(papers.Count, Regex.Count(normalized, "^@Misc\\{", RegexOptions.Multiline));
        Assert.Contains("GPipe", bib, StringComparison.Ordinal);
        Assert.Empty(bot.Discord.Violations);
    }

    [Theory]
    [InlineData("ris", "papers.ris", "TY  - UNPB")]
    [InlineData("csl-json", "papers.json", "\"type\": \"article\"")]
    [InlineData("markdown", "papers.md", "# My papers (")]
    public async Task Export_OtherFormats_FileWithTheRightName(string format, string fileName, string expected)
    {
        var papers = await ExportLibrary.CreateAsync();
        await using var bot = await InProcessBot.StartAsync(new Mock<IPaperSearch>(), new Mock<IAssistant>(), library: Library(papers).Object);

        var file = await ExportAsync(bot.Discord, format);

        Assert.Equal(fileName, file.FileName);
        Assert.Contains(expected, Encoding.UTF8.GetString(file.Content), StringComparison.Ordinal);
        Assert.Empty(bot.Discord.Violations);
    }

    [Fact]
    public async Task Export_EmptyLibraryAndTooBig_OneLineAnswersWithoutFile()
    {
        var empty = new Mock<ILibraryStore>();
        empty.Setup(l => l.ListAsync(It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<int>(), It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        await using var bot = await InProcessBot.StartAsync(new Mock<IPaperSearch>(), new Mock<IAssistant>(), library: empty.Object);

        var answer = await AnswerAsync(bot.Discord, "bibtex");

        Assert.Equal("Your library is empty: save papers with /save first.", answer.Content);
        Assert.Empty(answer.Files);

        // 5,000 papers with long abstracts: over the 10 MiB the interaction allows.
        var huge = Enumerable.Range(1, 5000).Select(i => new SavedPaper(
            new StoredPaper(i, new Paper { Title = $"Paper {i}", Abstract = new string('x', 3000) }, []), [], null, DateTimeOffset.UnixEpoch)).ToList();
        await using var bigBot = await InProcessBot.StartAsync(new Mock<IPaperSearch>(), new Mock<IAssistant>(), library: Library(huge).Object);

        var tooBig = await AnswerAsync(bigBot.Discord, "bibtex");

        Assert.StartsWith("That export is 14.", tooBig.Content, StringComparison.Ordinal);
        Assert.Contains("export one tag at a time", tooBig.Content, StringComparison.Ordinal);
        Assert.Empty(tooBig.Files);
        Assert.Empty(bigBot.Discord.Violations);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Mock<ILibraryStore> Library(List<SavedPaper> papers)
    {
        var library = new Mock<ILibraryStore>();
        library.Setup(l => l.ListAsync(FakeIds.User, null, It.IsAny<int>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, string? _, int offset, int limit, CancellationToken _) => papers.Skip(offset).Take(limit).ToList());
        return library;
    }

    private static async Task<RecordedFile> ExportAsync(FakeDiscordServer discord, string format)
    {
        var answer = await AnswerAsync(discord, format);
        Assert.StartsWith("Your ", answer.Content, StringComparison.Ordinal);
        return Assert.Single(answer.Files);
    }

    private static async Task<(string? Content, IReadOnlyList<RecordedFile> Files)> AnswerAsync(FakeDiscordServer discord, string format)
    {
        var interaction = await discord.SendInteractionAsync(2, BotEndToEndTests.Command("export", ("format", format)));
        return await FakeDiscordServer.WaitForAsync(() => Message(discord, interaction), Patience, "the /export answer") is { } found
            ? found.Value
            : default;
    }

    // The answer is the type-4 callback, or the edit of @original after a deferral ("thinking…").
    private static StrongBox? Message(FakeDiscordServer discord, FakeInteraction interaction)
    {
        if (discord.Callbacks.FirstOrDefault(c => c.InteractionId == interaction.Id) is { Type: 4 } answer)
        {
            return new StrongBox((answer.Data?["content"]?.GetValue<string>(), answer.Files));
        }

        return discord.OriginalEdits.FirstOrDefault(e => e.InteractionToken == interaction.Token) is { } edit
            ? new StrongBox((edit.Content, edit.Files))
            : null;
    }

    [GeneratedRegex(@"^@misc\{([^,\s]+),$", RegexOptions.Multiline)]
    private static partial Regex EntryKey();

    private sealed record StrongBox((string? Content, IReadOnlyList<RecordedFile> Files) Value);
}
