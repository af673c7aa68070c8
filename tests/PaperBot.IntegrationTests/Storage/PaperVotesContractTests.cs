using PaperBot.Core.Library;

namespace PaperBot.IntegrationTests.Storage;

/// <summary><see cref="IPaperVotes"/>, the same on every provider.</summary>
public abstract class PaperVotesContractTests : StoreContract
{
    [Fact]
    public async Task AddAsync_RepeatedReactionsAndOtherMessages_CountOncePerMemberPerPaperMessage()
    {
        var votes = Process.Votes;
        await votes.RecordMessageAsync("c1", "m-a", [7, 8], CancellationToken.None);
        await votes.RecordMessageAsync("c1", "m-b", [9], CancellationToken.None);

        Assert.True(await votes.AddAsync("m-a", "alice", CancellationToken.None));
        Assert.False(await votes.AddAsync("m-a", "alice", CancellationToken.None));
        Assert.True(await votes.AddAsync("m-a", "bob", CancellationToken.None));
        Assert.True(await votes.AddAsync("m-b", "alice", CancellationToken.None));
        Assert.False(await votes.AddAsync("not-ours", "alice", CancellationToken.None));
        Assert.True(await votes.RemoveAsync("m-b", "alice", CancellationToken.None));
        Assert.False(await votes.RemoveAsync("m-b", "alice", CancellationToken.None));

        var top = await votes.TopAsync("c1", Backend.Time.GetUtcNow().AddDays(-7), 10, CancellationToken.None);
        Assert.Equal([(7L, 2)], top);
        Assert.Empty(await votes.TopAsync("c2", Backend.Time.GetUtcNow().AddDays(-7), 10, CancellationToken.None));

        // The same member liking the same paper on another message is still one member's vote for it.
        await votes.RecordMessageAsync("c1", "m-c", [7], CancellationToken.None);
        Assert.True(await votes.AddAsync("m-c", "alice", CancellationToken.None));
        Assert.Equal([(7L, 2)], await votes.TopAsync("c1", Backend.Time.GetUtcNow().AddDays(-7), 10, CancellationToken.None));
        Assert.Empty(await votes.TopAsync("c1", Backend.Time.GetUtcNow().AddSeconds(1), 10, CancellationToken.None));
    }

    [Fact]
    public async Task PapersOfAsync_RecordedAndUnknownMessages_PapersInOrderOrNone()
    {
        var votes = Process.Votes;
        await votes.RecordMessageAsync("c1", "m-a", [8, 7, 12], CancellationToken.None);

        Assert.Equal([8L, 7L, 12L], await votes.PapersOfAsync("m-a", CancellationToken.None));
        Assert.Empty(await votes.PapersOfAsync("not-ours", CancellationToken.None));
    }
}
