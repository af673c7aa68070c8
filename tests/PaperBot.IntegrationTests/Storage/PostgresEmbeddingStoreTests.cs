namespace PaperBot.IntegrationTests.Storage;

/// <summary>The EmbeddingStore contract on the Postgres store.</summary>
public sealed class PostgresEmbeddingStoreTests : EmbeddingStoreContractTests
{
    private protected override async Task<StoreBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync();
}
