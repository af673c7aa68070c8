namespace PaperBot.IntegrationTests.Storage;

/// <summary>The status board contract on the SQLite store (files beside the database).</summary>
public sealed class SqliteStatusBoardTests : StatusBoardContractTests
{
    private protected override Task<StoreBackend> CreateBackendAsync() => Task.FromResult<StoreBackend>(new SqliteBackend());
}
