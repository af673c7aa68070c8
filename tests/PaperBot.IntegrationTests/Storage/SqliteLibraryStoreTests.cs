namespace PaperBot.IntegrationTests.Storage;

/// <summary>The LibraryStore contract on the Sqlite store.</summary>
public sealed class SqliteLibraryStoreTests : LibraryStoreContractTests
{
    private protected override Task<StoreBackend> CreateBackendAsync() => Task.FromResult<StoreBackend>(new SqliteBackend());
}
