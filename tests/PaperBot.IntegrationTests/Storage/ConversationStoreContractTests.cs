using PaperBot.Core.Chat;

namespace PaperBot.IntegrationTests.Storage;

/// <summary><see cref="IConversationStore"/>'s behaviour, the same on every provider.</summary>
public abstract class ConversationStoreContractTests : StoreContract
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private IConversationStore Memory => Process.Conversations;

    [Fact]
    public async Task AppendAsync_BeyondTheBound_KeepsTheNewestTurnsOldestFirst()
    {
        for (var i = 1; i <= 5; i++)
        {
            await Memory.AppendAsync("channel-1", Turn(i), keepTurns: 3, CancellationToken.None);
        }

        var turns = await Memory.GetRecentAsync("channel-1", 10, CancellationToken.None);

        Assert.Equal(["turn 3", "turn 4", "turn 5"], turns.Select(t => t.Text));
        Assert.Equal(3, await Backend.CountAsync("conversation_turns"));
    }

    [Fact]
    public async Task GetShownAsync_InAnotherProcess_TheLastListInOrderPerConversation()
    {
        await Memory.SetShownAsync("thread-1", [5, 3, 9], CancellationToken.None);
        await Memory.SetShownAsync("thread-1", [8, 2], CancellationToken.None);
        await Memory.SetShownAsync("thread-1", [], CancellationToken.None);
        await Memory.SetShownAsync("thread-2", [4], CancellationToken.None);

        await using var after = Backend.StartProcess();

        Assert.Equal([8L, 2L], await after.Conversations.GetShownAsync("thread-1", CancellationToken.None));
        Assert.Equal([4L], await after.Conversations.GetShownAsync("thread-2", CancellationToken.None));
        Assert.Empty(await after.Conversations.GetShownAsync("never", CancellationToken.None));
    }

    [Fact]
    public async Task GetRecentAsync_InAnotherProcess_RemembersRolesTextCitationsAndTimes()
    {
        const string text = "GPipe is ... [1] — with 'quotes', \"double quotes\", a back\\slash and ünïcode 🚀";
        await Memory.AppendAsync("dm-7", new ConversationTurn(ChatRole.User, "what is GPipe?", [], Start), keepTurns: 12, CancellationToken.None);
        await Memory.AppendAsync("dm-7", new ConversationTurn(ChatRole.Assistant, text, [9, 42], Start.AddSeconds(2)), keepTurns: 12, CancellationToken.None);

        await using var after = Backend.StartProcess();
        var turns = await after.Conversations.GetRecentAsync("dm-7", 12, CancellationToken.None);

        Assert.Equal(2, turns.Count);
        Assert.Equal((ChatRole.User, "what is GPipe?", Start), (turns[0].Role, turns[0].Text, turns[0].At));
        Assert.Empty(turns[0].CitedPaperIds);
        Assert.Equal((ChatRole.Assistant, text, Start.AddSeconds(2)), (turns[1].Role, turns[1].Text, turns[1].At));
        Assert.Equal([9L, 42L], turns[1].CitedPaperIds);
    }

    [Fact]
    public async Task GetRecentAsync_FewerAsked_NewestOnesAndOtherConversationsUntouched()
    {
        for (var i = 1; i <= 4; i++)
        {
            await Memory.AppendAsync("a", Turn(i), keepTurns: 4, CancellationToken.None);
            await Memory.AppendAsync("b", Turn(i + 10), keepTurns: 4, CancellationToken.None);
        }

        var lastTwo = await Memory.GetRecentAsync("a", 2, CancellationToken.None);
        var other = await Memory.GetRecentAsync("b", 10, CancellationToken.None);
        var none = await Memory.GetRecentAsync("a", 0, CancellationToken.None);

        Assert.Equal(["turn 3", "turn 4"], lastTwo.Select(t => t.Text));
        Assert.Equal(["turn 11", "turn 12", "turn 13", "turn 14"], other.Select(t => t.Text));
        Assert.Empty(none);
    }

    [Fact]
    public async Task AppendAsync_ZeroTurnsKept_RemembersNothing()
    {
        await Memory.AppendAsync("a", Turn(1), keepTurns: 0, CancellationToken.None);

        Assert.Empty(await Memory.GetRecentAsync("a", 10, CancellationToken.None));
        Assert.Equal(0, await Backend.CountAsync("conversation_turns"));
    }

    private static ConversationTurn Turn(int i) =>
        new(i % 2 == 1 ? ChatRole.User : ChatRole.Assistant, $"turn {i}", [], Start.AddMinutes(i));
}
