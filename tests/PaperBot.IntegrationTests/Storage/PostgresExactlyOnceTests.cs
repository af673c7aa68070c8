namespace PaperBot.IntegrationTests.Storage;

/// <summary>Exactly once across processes, on the Postgres store.</summary>
public sealed class PostgresExactlyOnceTests : ExactlyOnceContractTests
{
    private protected override async Task<StoreBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync();
}
