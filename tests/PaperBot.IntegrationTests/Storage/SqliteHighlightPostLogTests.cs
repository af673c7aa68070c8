namespace PaperBot.IntegrationTests.Storage;

/// <summary>The HighlightPostLog contract on the Sqlite store.</summary>
public sealed class SqliteHighlightPostLogTests : HighlightPostLogContractTests
{
    private protected override Task<StoreBackend> CreateBackendAsync() => Task.FromResult<StoreBackend>(new SqliteBackend());
}
