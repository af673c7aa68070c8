using PaperBot.Core.Status;

namespace PaperBot.IntegrationTests.Storage;

/// <summary>The status board (<see cref="IStatusBoard"/>), the same on every provider: what one process posts, another reads.</summary>
public abstract class StatusBoardContractTests : ComposedContract
{
    [Fact]
    public async Task PostAsync_ThenReadAllInAnotherProcess_LatestDocumentPerKeyInKeyOrder()
    {
        var board = Process.Get<IStatusBoard>();
        await board.PostAsync("shards-2-3", """{"n":1}""", CancellationToken.None);
        await board.PostAsync("shards-0_1", """{"n":2}""", CancellationToken.None);
        await board.PostAsync("shards-2-3", """{"n":3}""", CancellationToken.None);
        await board.PostAsync("other-all", """{"n":4}""", CancellationToken.None);
        await using var second = ComposedProcess.Start(Backend);

        var documents = await second.Get<IStatusBoard>().ReadAllAsync("shards-", CancellationToken.None);

        Assert.Equal(["""{"n":2}""", """{"n":3}"""], documents);
    }

    [Fact]
    public async Task ReadAllAsync_PrefixWithUnderscore_MatchesItLiterally()
    {
        var board = Process.Get<IStatusBoard>();
        await board.PostAsync("a_1", "underscore", CancellationToken.None);
        await board.PostAsync("ab1", "letter", CancellationToken.None);

        Assert.Equal(["underscore"], await board.ReadAllAsync("a_", CancellationToken.None));
        Assert.Empty(await board.ReadAllAsync("nothing-", CancellationToken.None));
    }

    [Fact]
    public async Task PostAsync_KeyWithOtherCharacters_Refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Process.Get<IStatusBoard>().PostAsync("shards/../x", "{}", CancellationToken.None));
    }
}
