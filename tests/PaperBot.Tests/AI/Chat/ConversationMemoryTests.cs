using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using PaperBot.AI;
using PaperBot.AI.Chat;
using PaperBot.Core.Chat;

namespace PaperBot.Tests.AI.Chat;

/// <summary>The one place both assistants trim the question, add the cut notice and remember the turns.</summary>
public sealed class ConversationMemoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private readonly Mock<IConversationStore> _store = new();

    [Fact]
    public async Task PrepareAndComplete_NoConversation_NeitherReadNorWriteMemory()
    {
        var memory = Memory(memoryTurns: 12);

        var question = await memory.PrepareAsync(null, "  what is GPipe?  ", CancellationToken.None);
        await memory.CompleteAsync(question, new AssistantAnswer("GPipe [#7].", [new Citation(7, "GPipe", null)], AnswerMode.Model), CancellationToken.None);

        Assert.Equal(("what is GPipe?", false), (question.Text, question.WasCut));
        _store.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task PrepareAndComplete_Conversation_ReadsMemoryTurnsAndStoresBothTurnsKeepingMemoryTurns()
    {
        ConversationTurn[] earlier = [new(ChatRole.User, "hi", [], Now)];
        _store.Setup(s => s.GetRecentAsync("c", 6, It.IsAny<CancellationToken>())).ReturnsAsync(earlier);
        var appended = new List<(ConversationTurn Turn, int Keep)>();
        _store.Setup(s => s.AppendAsync("c", It.IsAny<ConversationTurn>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .Callback((string _, ConversationTurn turn, int keep, CancellationToken _) => appended.Add((turn, keep)))
            .Returns(Task.CompletedTask);
        var memory = Memory(memoryTurns: 6);

        var question = await memory.PrepareAsync("c", "what is GPipe?", CancellationToken.None);
        var answer = await memory.CompleteAsync(question, new AssistantAnswer("GPipe [#7].", [new Citation(7, "GPipe", null)], AnswerMode.Model), CancellationToken.None);

        Assert.Equal(earlier, question.History);
        Assert.Null(answer.Notice);
        Assert.Equal(
            [(ChatRole.User, "what is GPipe?", 6, 0), (ChatRole.Assistant, "GPipe [#7].", 6, 1)],
            appended.Select(a => (a.Turn.Role, a.Turn.Text, a.Keep, a.Turn.CitedPaperIds.Count)));
        Assert.All(appended, a => Assert.Equal(Now, a.Turn.At));
    }

    [Fact]
    public async Task CompleteAsync_QuestionCut_AddsTheNoticeUnlessTheAnswerHasOne()
    {
        var memory = Memory(memoryTurns: 0, maxQuestionChars: 100);
        var question = await memory.PrepareAsync("c", new string('q', 150), CancellationToken.None);

        var plain = await memory.CompleteAsync(question, new AssistantAnswer("a", [], AnswerMode.Model), CancellationToken.None);
        var noticed = await memory.CompleteAsync(question, new AssistantAnswer("a", [], AnswerMode.Offline, "model down"), CancellationToken.None);

        Assert.Equal((100, true), (question.Text.Length, question.WasCut));
        Assert.Equal("Your message was cut to its first 100 characters.", plain.Notice);
        Assert.Equal("model down", noticed.Notice);
        _store.VerifyNoOtherCalls();
    }

    private ConversationMemory Memory(int memoryTurns, int maxQuestionChars = 2000) => new(
        _store.Object,
        Options.Create(new AiOptions { MemoryTurns = memoryTurns, MaxQuestionChars = maxQuestionChars }),
        new FakeTimeProvider(Now));
}
