namespace PaperBot.IntegrationTests.Storage;

/// <summary>The ranking contract on the SQLite store.</summary>
public sealed class SqliteRankingTests : RankingContractTests
{
    private protected override Task<StoreBackend> CreateBackendAsync() => Task.FromResult<StoreBackend>(new SqliteBackend());
}
