namespace PaperBot.IntegrationTests.Storage;

/// <summary>The SubscriptionStore contract on the Sqlite store.</summary>
public sealed class SqliteSubscriptionStoreTests : SubscriptionStoreContractTests
{
    private protected override Task<StoreBackend> CreateBackendAsync() => Task.FromResult<StoreBackend>(new SqliteBackend());
}
