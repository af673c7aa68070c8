namespace PaperBot.IntegrationTests.Storage;

/// <summary>Exactly once across processes, on the Sqlite store.</summary>
public sealed class SqliteExactlyOnceTests : ExactlyOnceContractTests
{
    private protected override Task<StoreBackend> CreateBackendAsync() => Task.FromResult<StoreBackend>(new SqliteBackend());
}
