namespace PaperBot.IntegrationTests.Storage;

/// <summary>The HighlightPostLog contract on the Postgres store.</summary>
public sealed class PostgresHighlightPostLogTests : HighlightPostLogContractTests
{
    private protected override async Task<StoreBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync();
}
