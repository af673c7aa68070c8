using Moq;
using PaperBot.Core.Chat;
using PaperBot.Core.Highlights;
using PaperBot.Core.Papers;
using PaperBot.Core.Summaries;
using PaperBot.Shell;

namespace PaperBot.Tests.Shell;

public sealed class LocalShellTests
{
    private readonly Mock<IPaperStore> _store = new();
    private readonly Mock<IAssistant> _assistant = new();
    private readonly LocalShell _shell;

    public LocalShellTests()
    {
        _shell = new LocalShell(
            Mock.Of<IPaperSearch>(),
            _store.Object,
            _assistant.Object,
            Mock.Of<ISummarizer>(),
            Mock.Of<ISimilarPapers>(),
            Mock.Of<IHighlightBuilder>(),
            new ShellSubscriptions(Mock.Of<ISubscriptionStore>()));
    }

    [Fact]
    public async Task RunAsync_DatabaseBusyForOneCommand_SaysSoAndKeepsAnswering()
    {
        _store.Setup(s => s.GetStatsAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new StoreException("the database x.db is locked by another program"));
        _assistant.Setup(a => a.AskAsync(LocalShell.ConversationId, "what is new?", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AssistantAnswer("Nothing yet.", [new Citation(7, "A Paper", null)], AnswerMode.Offline));
        var output = new StringWriter();

        await _shell.RunAsync(new StringReader("/stats\nwhat is new?\n"), output, interactive: false, CancellationToken.None);

        var text = output.ToString();
        Assert.Contains("paperbot: the database x.db is locked by another program", text);
        Assert.Contains("Nothing yet.", text);
        Assert.Contains("[1] #7 A Paper", text);
    }

    [Fact]
    public async Task HandleAsync_Quit_StopsAndUnknownCommandIsExplained()
    {
        var output = new StringWriter();

        Assert.True(await _shell.HandleAsync("/frobnicate", output, CancellationToken.None));
        Assert.False(await _shell.HandleAsync("/quit", output, CancellationToken.None));
        Assert.Contains("Unknown command /frobnicate", output.ToString());
    }

    [Theory]
    [InlineData("detailed GPipe", SummaryStyle.Detailed, "GPipe")]
    [InlineData("newcomer 12", SummaryStyle.Newcomer, "12")]
    [InlineData("card GPipe", SummaryStyle.Card, "GPipe")]
    [InlineData("GPipe: Efficient", SummaryStyle.TlDr, "GPipe: Efficient")]
    public void SplitStyle_LeadingStyleWord_IsTakenOff(string argument, SummaryStyle style, string remainder)
    {
        Assert.Equal((style, remainder), ShellCommand.SplitStyle(argument));
    }

    [Theory]
    [InlineData("2025-12-11 video diffusion", "2025-12-11", "video diffusion")]
    [InlineData("2025-12-11", "2025-12-11", null)]
    [InlineData("video", null, "video")]
    [InlineData("", null, null)]
    public void SplitDate_OptionalDateThenTopic(string argument, string? date, string? topic)
    {
        Assert.Equal((date is null ? (DateOnly?)null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), topic), ShellCommand.SplitDate(argument));
    }
}
