using Moq;
using PaperBot.Core.Chat;
using PaperBot.Core.Evaluation;
using PaperBot.Tests.AI.Offline;
using PaperBot.Tests.Data;

namespace PaperBot.Tests.Core.Evaluation;

public sealed class FollowUpEvaluatorTests
{
    [Fact]
    public void Read_ThreeFields_DialogsWithTheirLines()
    {
        var dialogs = FollowUpDialogReader.Read(new StringReader("# comment\n\nwhat is GPipe?\twhat speedup does it report?\tGPipe: X\n"));

        Assert.Equal(new FollowUpDialog("what is GPipe?", "what speedup does it report?", "GPipe: X", 3), Assert.Single(dialogs));
    }

    [Theory]
    [InlineData("only a question")]
    [InlineData("a\tb")]
    [InlineData("a\t\tc")]
    public void Read_BadLine_NamesTheLine(string line)
    {
        var error = Assert.Throws<FormatException>(() => FollowUpDialogReader.Read(new StringReader("a\tb\tc\n" + line)));

        Assert.StartsWith("line 2:", error.Message);
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public async Task EvaluateAsync_FollowUpInTheSameConversationOrAlone_CountsAnswersCitingTheExpectedTitle(bool keepState, int cited)
    {
        var assistant = new Mock<IAssistant>();
        string? firstConversation = null;
        assistant.Setup(a => a.AskAsync(It.IsAny<string>(), "first", It.IsAny<CancellationToken>()))
            .Callback((string? id, string _, CancellationToken _) => firstConversation = id)
            .ReturnsAsync(new AssistantAnswer("a", [], AnswerMode.Offline));
        assistant.Setup(a => a.AskAsync(It.IsAny<string>(), "follow-up", It.IsAny<CancellationToken>()))
            .ReturnsAsync((string? id, string _, CancellationToken _) => new AssistantAnswer(
                "b", id == firstConversation ? [new Citation(1, "The Paper", null)] : [new Citation(2, "Another", null)], AnswerMode.Offline));

        var report = await FollowUpEvaluator.EvaluateAsync(assistant.Object, [new FollowUpDialog("first", "follow-up", "the paper", 1)], keepState, CancellationToken.None);

        Assert.Equal((1, cited), (report.Dialogs, report.Cited));
        Assert.Equal(1 - cited, report.Misses.Count);
    }

    [Fact]
    public async Task EvaluateAsync_DevSetOnTheBundledCorpus_TheOfflineAssistantCitesTheExpectedPaperForNineInTen()
    {
        using var store = new TestStore();
        await store.Ingestor.IngestAsync([TestPaths.CorpusDir], CancellationToken.None);
        var dialogs = FollowUpDialogReader.ReadFile(Path.Combine(TestPaths.RepoRoot, "eval", "followups.tsv"));

        var report = await FollowUpEvaluator.EvaluateAsync(OfflineWiring.Assistant(store), dialogs, keepState: true, CancellationToken.None);

        Assert.True(dialogs.Count >= 30, $"{dialogs.Count} dialogs");
        Assert.True(report.Share >= 0.9, string.Join("\n", report.Misses.Select(m => $"{m.Dialog.FollowUp}: {string.Join(" | ", m.CitedTitles)}")));
    }
}
