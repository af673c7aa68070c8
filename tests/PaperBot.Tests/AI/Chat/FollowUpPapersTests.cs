using Moq;
using PaperBot.AI.Chat;
using PaperBot.Core.Chat;
using PaperBot.Core.Papers;

namespace PaperBot.Tests.AI.Chat;

public sealed class FollowUpPapersTests
{
    [Theory]
    [InlineData("what about accuracy?", true, false)] // shown by a highlights post: no answer gave them
    [InlineData("what about accuracy?", false, true)] // a request ("what's new"), not a question
    [InlineData("how can I speed up pipeline parallelism?", true, true)] // broad: asks the corpus
    public async Task ResolveAsync_NothingPointsBackAndNothingToStayOn_ReadsNoPaper(string question, bool implicitly, bool shownByAnAnswer)
    {
        var store = new Mock<IPaperStore>(MockBehavior.Strict);
        IReadOnlyList<long> shown = [12, 40];
        ConversationTurn[] history = shownByAnAnswer ? [new(ChatRole.Assistant, "[1] [2]", shown, DateTimeOffset.UnixEpoch)] : [];

        var papers = await FollowUpPapers.ResolveAsync(question, shown, history, store.Object, implicitly, CancellationToken.None);

        Assert.Empty(papers);
        store.VerifyNoOtherCalls();
    }
}
