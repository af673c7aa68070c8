using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PaperBot.Core.Chat;
using PaperBot.Data;
using PaperBot.Data.Chat;
using PaperBot.Data.Database;

namespace PaperBot.Tests.Data;

public sealed class ConversationStoreTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private readonly TestStore _store = new();

    [Fact]
    public async Task AppendAsync_BeyondTheBound_KeepsTheNewestTurnsOldestFirst()
    {
        var memory = _store.Conversations();
        for (var i = 1; i <= 5; i++)
        {
            await memory.AppendAsync("channel-1", Turn(i), keepTurns: 3, CancellationToken.None);
        }

        var turns = await memory.GetRecentAsync("channel-1", 10, CancellationToken.None);

        Assert.Equal(["turn 3", "turn 4", "turn 5"], turns.Select(t => t.Text));
        Assert.Equal(3, _store.Count("conversation_turns"));
    }

    [Fact]
    public async Task GetShownAsync_AfterRestart_TheLastListInOrderPerConversation()
    {
        var memory = _store.Conversations();
        await memory.SetShownAsync("thread-1", [5, 3, 9], CancellationToken.None);
        await memory.SetShownAsync("thread-1", [8, 2], CancellationToken.None);
        await memory.SetShownAsync("thread-1", [], CancellationToken.None);
        await memory.SetShownAsync("thread-2", [4], CancellationToken.None);

        using var reopened = new SqliteDatabase(Options.Create(new StoreOptions { DatabasePath = _store.DatabasePath }), NullLogger<SqliteDatabase>.Instance);
        var after = new SqliteConversationStore(reopened, NullLogger<SqliteConversationStore>.Instance);

        Assert.Equal([8L, 2L], await after.GetShownAsync("thread-1", CancellationToken.None));
        Assert.Equal([4L], await after.GetShownAsync("thread-2", CancellationToken.None));
        Assert.Empty(await after.GetShownAsync("never", CancellationToken.None));
    }

    [Fact]
    public async Task GetRecentAsync_AfterRestart_RemembersRolesCitationsAndTimes()
    {
        var memory = _store.Conversations();
        await memory.AppendAsync("dm-7", new ConversationTurn(ChatRole.User, "what is GPipe?", [], Start), keepTurns: 12, CancellationToken.None);
        await memory.AppendAsync("dm-7", new ConversationTurn(ChatRole.Assistant, "GPipe is ... [1]", [9, 42], Start.AddSeconds(2)), keepTurns: 12, CancellationToken.None);

        // A new process: a new database object on the same file.
        using var reopened = new SqliteDatabase(Options.Create(new StoreOptions { DatabasePath = _store.DatabasePath }), NullLogger<SqliteDatabase>.Instance);
        var after = new SqliteConversationStore(reopened, NullLogger<SqliteConversationStore>.Instance);
        var turns = await after.GetRecentAsync("dm-7", 12, CancellationToken.None);

        Assert.Equal(2, turns.Count);
        Assert.Equal(new ConversationTurn(ChatRole.User, "what is GPipe?", [], Start) with { CitedPaperIds = turns[0].CitedPaperIds }, turns[0]);
        Assert.Empty(turns[0].CitedPaperIds);
        Assert.Equal(ChatRole.Assistant, turns[1].Role);
        Assert.Equal([9L, 42L], turns[1].CitedPaperIds);
        Assert.Equal(Start.AddSeconds(2), turns[1].At);
    }

    [Fact]
    public async Task GetRecentAsync_FewerAsked_NewestOnesAndOtherConversationsUntouched()
    {
        var memory = _store.Conversations();
        for (var i = 1; i <= 4; i++)
        {
            await memory.AppendAsync("a", Turn(i), keepTurns: 4, CancellationToken.None);
            await memory.AppendAsync("b", Turn(i + 10), keepTurns: 4, CancellationToken.None);
        }

        var lastTwo = await memory.GetRecentAsync("a", 2, CancellationToken.None);
        var other = await memory.GetRecentAsync("b", 10, CancellationToken.None);

        Assert.Equal(["turn 3", "turn 4"], lastTwo.Select(t => t.Text));
        Assert.Equal(["turn 11", "turn 12", "turn 13", "turn 14"], other.Select(t => t.Text));
    }

    [Fact]
    public async Task AppendAsync_ZeroTurnsKept_RemembersNothing()
    {
        var memory = _store.Conversations();

        await memory.AppendAsync("a", Turn(1), keepTurns: 0, CancellationToken.None);

        Assert.Empty(await memory.GetRecentAsync("a", 10, CancellationToken.None));
        Assert.Equal(0, _store.Count("conversation_turns"));
    }

    public void Dispose() => _store.Dispose();

    private static ConversationTurn Turn(int i) =>
        new(i % 2 == 1 ? ChatRole.User : ChatRole.Assistant, $"turn {i}", [], Start.AddMinutes(i));
}
