namespace PaperBot.IntegrationTests.Storage;

/// <summary>The LibraryStore contract on the Postgres store.</summary>
public sealed class PostgresLibraryStoreTests : LibraryStoreContractTests
{
    private protected override async Task<StoreBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync();
}
