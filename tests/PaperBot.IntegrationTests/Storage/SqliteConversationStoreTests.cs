namespace PaperBot.IntegrationTests.Storage;

/// <summary>The ConversationStore contract on the Sqlite store.</summary>
public sealed class SqliteConversationStoreTests : ConversationStoreContractTests
{
    private protected override Task<StoreBackend> CreateBackendAsync() => Task.FromResult<StoreBackend>(new SqliteBackend());
}
