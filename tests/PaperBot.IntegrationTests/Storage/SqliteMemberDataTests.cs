namespace PaperBot.IntegrationTests.Storage;

/// <summary>The /forget-me contract on the SQLite store.</summary>
public sealed class SqliteMemberDataTests : MemberDataContractTests
{
    private protected override Task<StoreBackend> CreateBackendAsync() => Task.FromResult<StoreBackend>(new SqliteBackend());
}
