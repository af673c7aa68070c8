namespace PaperBot.IntegrationTests.Storage;

/// <summary>The PaperStore contract on the Postgres store.</summary>
public sealed class PostgresPaperStoreTests : PaperStoreContractTests
{
    private protected override async Task<StoreBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync();
}
