namespace PaperBot.IntegrationTests.Storage;

/// <summary>
/// The PostgreSQL server the PostgreSQL store's tests run against: <c>PAPERBOT_TEST_POSTGRES</c>, a connection string
/// whose user may create databases. <c>.ci/run</c> starts a throwaway server and sets it; without it the tests fail
/// with <see cref="MissingHint"/>, never pass silently.
/// </summary>
internal static class PostgresServer
{
    public const string Variable = "PAPERBOT_TEST_POSTGRES";

    public const string MissingHint =
        $"{Variable} is not set: run .ci/run (it starts a throwaway PostgreSQL), or set {Variable}=Host=127.0.0.1;Port=5432;Username=…;Password=…;Database=postgres (a user that may CREATE DATABASE)";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : throw new InvalidOperationException(MissingHint);
}
