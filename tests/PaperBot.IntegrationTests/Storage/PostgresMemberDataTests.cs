namespace PaperBot.IntegrationTests.Storage;

/// <summary>The /forget-me contract on the PostgreSQL store.</summary>
public sealed class PostgresMemberDataTests : MemberDataContractTests
{
    private protected override async Task<StoreBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync();
}
