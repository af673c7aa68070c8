namespace PaperBot.IntegrationTests.Storage;

/// <summary>The EmbeddingStore contract on the Sqlite store.</summary>
public sealed class SqliteEmbeddingStoreTests : EmbeddingStoreContractTests
{
    private protected override Task<StoreBackend> CreateBackendAsync() => Task.FromResult<StoreBackend>(new SqliteBackend());
}
