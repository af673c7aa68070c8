namespace PaperBot.IntegrationTests.Storage;

/// <summary>The ConversationStore contract on the Postgres store.</summary>
public sealed class PostgresConversationStoreTests : ConversationStoreContractTests
{
    private protected override async Task<StoreBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync();
}
