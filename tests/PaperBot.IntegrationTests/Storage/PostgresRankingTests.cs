namespace PaperBot.IntegrationTests.Storage;

/// <summary>The ranking contract on the PostgreSQL store.</summary>
public sealed class PostgresRankingTests : RankingContractTests
{
    private protected override async Task<StoreBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync();
}
