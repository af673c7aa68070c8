namespace PaperBot.IntegrationTests.Storage;

/// <summary>The PaperStore contract on the Sqlite store.</summary>
public sealed class SqlitePaperStoreTests : PaperStoreContractTests
{
    private protected override Task<StoreBackend> CreateBackendAsync() => Task.FromResult<StoreBackend>(new SqliteBackend());
}
