namespace PaperBot.IntegrationTests.Storage;

/// <summary>The PaperVotes contract on the Postgres store.</summary>
public sealed class PostgresPaperVotesTests : PaperVotesContractTests
{
    private protected override async Task<StoreBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync();
}
