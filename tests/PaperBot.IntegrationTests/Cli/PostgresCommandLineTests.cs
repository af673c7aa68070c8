using System.Text.Json;
using PaperBot.IntegrationTests.Storage;

namespace PaperBot.IntegrationTests.Cli;

/// <summary>
/// The real PaperBot program pointed at PostgreSQL the way an operator does it (environment variables only): the first
/// search loads the bundled corpus into the server and answers from it, and no SQLite file is made.
/// </summary>
public sealed class PostgresCommandLineTests : IAsyncLifetime
{
    private readonly PaperBotProcess _paperbot = new();
    private PostgresBackend? _database;

    public async Task InitializeAsync()
    {
        _database = await PostgresBackend.CreateAsync();
        _paperbot.Environment["PAPERBOT_Storage__Provider"] = "Postgres";
        _paperbot.Environment["PAPERBOT_Storage__ConnectionString"] = _database.ConnectionString;
    }

    [Fact]
    public async Task Search_FreshServer_LoadsTheBundledCorpusIntoPostgresAndAnswers()
    {
        var result = await _paperbot.RunAsync(null, "search", "pipeline parallelism", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("First run: loading the bundled corpus", result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var hits = json.RootElement.EnumerateArray().ToList();
        Assert.InRange(hits.Count, 2, 10);
        Assert.StartsWith("GPipe", hits[0].GetProperty("title").GetString());
        Assert.True(await _database!.CountAsync("papers") > 100, "the corpus is in PostgreSQL");
        Assert.False(File.Exists(_paperbot.DefaultDatabasePath), "no SQLite file beside PostgreSQL");

        var again = await _paperbot.RunAsync(null, "similar", hits[0].GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.DoesNotContain("First run", again.Error);
        Assert.DoesNotContain(_database.ConnectionString, again.Error + again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyVerb_ServerUnreachable_OneLineNamingTheServerAndNoPassword()
    {
        _paperbot.Environment["PAPERBOT_Storage__ConnectionString"] = "Host=127.0.0.1;Port=1;Database=paperbot;Username=paperbot;Password=hunter2xyz;Timeout=3";

        var result = await _paperbot.RunAsync(null, "search", "pipeline parallelism");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("127.0.0.1:1/paperbot", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2xyz", result.Error + result.Output, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        _paperbot.Dispose();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
