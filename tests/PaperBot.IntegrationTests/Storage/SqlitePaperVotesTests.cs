namespace PaperBot.IntegrationTests.Storage;

/// <summary>The PaperVotes contract on the Sqlite store.</summary>
public sealed class SqlitePaperVotesTests : PaperVotesContractTests
{
    private protected override Task<StoreBackend> CreateBackendAsync() => Task.FromResult<StoreBackend>(new SqliteBackend());
}
