using Moq;
using PaperBot.Core.Chat;
using PaperBot.Core.Evaluation;
using PaperBot.Tests.AI.Offline;
using PaperBot.Tests.Data;

namespace PaperBot.Tests.Core.Evaluation;

public sealed class FactEvaluatorTests
{
    [Fact]
    public void Read_ThreeFieldsWithWordings_QuestionsWithTheirLines()
    {
        var questions = FactQuestionReader.Read(new StringReader("# comment\n\nhow fast?\tGPipe: X\t3.5x | 3.5 times\n"));

        var question = Assert.Single(questions);
        Assert.Equal(("how fast?", "GPipe: X", 3), (question.Question, question.ExpectedTitle, question.Line));
        Assert.Equal(["3.5x", "3.5 times"], question.Facts);
    }

    [Theory]
    [InlineData("only a question")]
    [InlineData("a\tb")]
    [InlineData("a\tb\t | ")]
    public void Read_BadLine_NamesTheLine(string line)
    {
        var error = Assert.Throws<FormatException>(() => FactQuestionReader.Read(new StringReader("a\tb\tc\n" + line)));

        Assert.StartsWith("line 2:", error.Message);
    }

    [Theory]
    [InlineData("It trains 3.5x  faster.", true)]
    [InlineData("It trains 3.5 TIMES faster.", true)]
    [InlineData("It trains 3.4x faster.", false)]
    public void Contains_IgnoresCaseAndSpacingNotDigits(string answer, bool expected)
    {
        Assert.Equal(expected, FactEvaluator.Contains(answer, ["3.5x faster", "3.5 times"]));
    }

    [Fact]
    public async Task EvaluateAsync_RightPaperWithAndWithoutTheFact_CountsCitationsAndFactsApart()
    {
        var assistant = new Mock<IAssistant>();
        assistant.Setup(a => a.AskAsync(It.IsAny<string>(), "with", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AssistantAnswer("- “It runs 3.5x faster.” [1]", [new Citation(1, "GPipe", null)], AnswerMode.Offline));
        assistant.Setup(a => a.AskAsync(It.IsAny<string>(), "without", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AssistantAnswer("- “It is fast.” [1]", [new Citation(1, "GPipe", null)], AnswerMode.Offline));

        var report = await FactEvaluator.EvaluateAsync(assistant.Object, [new("with", "gpipe", ["3.5x"], 1), new("without", "GPipe", ["3.5x"], 2)], CancellationToken.None);

        Assert.Equal((2, 2, 1), (report.Questions, report.Cited, report.Included));
        Assert.Equal(2, Assert.Single(report.Misses).Question.Line);
    }

    [Fact]
    public async Task EvaluateAsync_DevSetOnTheBundledCorpusByWordsAlone_TheOfflineAssistantIncludesTheFactForEightInTen()
    {
        using var store = new TestStore();
        await store.Ingestor.IngestAsync([TestPaths.CorpusDir], CancellationToken.None);
        var questions = FactQuestionReader.ReadFile(Path.Combine(TestPaths.RepoRoot, "eval", "facts.tsv"));

        var report = await FactEvaluator.EvaluateAsync(OfflineWiring.Assistant(store), questions, CancellationToken.None);

        Assert.True(questions.Count >= 25, $"{questions.Count} questions");
        Assert.True(report.CitedShare >= 0.95, $"cited {report.CitedShare:0.000}");
        Assert.True(report.IncludedShare >= 0.8, string.Join("\n", report.Misses.Select(m => $"{m.Question.Question}: {m.Answer}")));
    }
}
