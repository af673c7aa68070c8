namespace PaperBot.IntegrationTests.Storage;

/// <summary>The status board contract on the PostgreSQL store (a table, for processes on several machines).</summary>
public sealed class PostgresStatusBoardTests : StatusBoardContractTests
{
    private protected override async Task<StoreBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync();
}
