namespace PaperBot.IntegrationTests.Storage;

/// <summary>The SubscriptionStore contract on the Postgres store.</summary>
public sealed class PostgresSubscriptionStoreTests : SubscriptionStoreContractTests
{
    private protected override async Task<StoreBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync();
}
