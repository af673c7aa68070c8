using Moq;
using PaperBot.Core.Chat;
using PaperBot.Core.Evaluation;

namespace PaperBot.Tests.Core.Evaluation;

public sealed class OverviewEvaluatorTests
{
    [Fact]
    public async Task EvaluateAsync_CitedAgainstRelevant_PrecisionRecallAndAtLeastThree()
    {
        var assistant = new Mock<IAssistant>();
        assistant.Setup(a => a.AskAsync(It.IsAny<string>(), "broad", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AssistantAnswer("overview", [Cite(1, "A"), Cite(2, "b"), Cite(3, "Off"), Cite(1, "A")], AnswerMode.Offline));
        assistant.Setup(a => a.AskAsync(It.IsAny<string>(), "narrow", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AssistantAnswer("one", [Cite(4, "C")], AnswerMode.Offline));

        var report = await OverviewEvaluator.EvaluateAsync(
            assistant.Object, [new EvaluationQuery("broad", ["A", "B", "D", "E"], 1), new EvaluationQuery("narrow", ["C", "F"], 2)], CancellationToken.None);

        Assert.Equal(2, report.Questions);
        Assert.Equal(((2 / 3.0) + 1) / 2, report.Precision, 6);
        Assert.Equal((0.5 + 0.5) / 2, report.Recall, 6);
        Assert.Equal(1, report.AtLeastThree);
    }

    private static Citation Cite(long id, string title) => new(id, title, null);
}
