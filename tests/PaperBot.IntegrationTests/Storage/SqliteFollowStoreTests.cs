namespace PaperBot.IntegrationTests.Storage;

/// <summary>The follow store contract on the SQLite store.</summary>
public sealed class SqliteFollowStoreTests : FollowStoreContractTests
{
    private protected override Task<StoreBackend> CreateBackendAsync() => Task.FromResult<StoreBackend>(new SqliteBackend());
}
