namespace PaperBot.IntegrationTests.Storage;

/// <summary>The follow store contract on the PostgreSQL store.</summary>
public sealed class PostgresFollowStoreTests : FollowStoreContractTests
{
    private protected override async Task<StoreBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync();
}
