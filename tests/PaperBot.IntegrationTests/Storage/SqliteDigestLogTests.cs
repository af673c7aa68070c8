namespace PaperBot.IntegrationTests.Storage;

/// <summary>The digest log contract on the SQLite store.</summary>
public sealed class SqliteDigestLogTests : DigestLogContractTests
{
    private protected override Task<StoreBackend> CreateBackendAsync() => Task.FromResult<StoreBackend>(new SqliteBackend());
}
