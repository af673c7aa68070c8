using Npgsql;
using PaperBot.Postgres.Database;

namespace PaperBot.IntegrationTests.Storage;

/// <summary>
/// A database written by the previous PaperBot (schema 6, papers in it) is upgraded in place the first time this one
/// opens it: nothing is lost, and the papers it held are found by the title words the upgrade added.
/// </summary>
public sealed class PostgresSchemaUpgradeTests : IAsyncLifetime
{
    private PostgresBackend? _backend;

    private PostgresBackend Backend => _backend ?? throw new InvalidOperationException("not initialized");

    public async Task InitializeAsync() => _backend = await PostgresBackend.CreateAsync();

    public async Task DisposeAsync()
    {
        if (_backend is not null)
        {
            await _backend.DisposeAsync();
        }
    }

    [Fact]
    public async Task FirstOpen_Schema6WithPapers_UpgradedAndThePapersFoundByTitleWords()
    {
        await WriteSchema6Async(
            ("Sparse Attention Patterns for Long Documents", "sparse attention patterns for long documents", "We sparsify attention."),
            ("Quantized Language Models", "quantized language models", "We quantize weights of language models."));

        await using var process = Backend.StartProcess();
        var completed = await process.Search.CompleteTitleAsync("patterns lo", 10, CancellationToken.None);
        var started = await process.Search.CompleteTitleAsync("quantized lang", 10, CancellationToken.None);
        var found = await process.Search.SearchAsync("quantize", 10, CancellationToken.None);

        Assert.Equal(["Sparse Attention Patterns for Long Documents"], completed.Select(t => t.Title));
        Assert.Equal(["Quantized Language Models"], started.Select(t => t.Title));
        Assert.Equal(["Quantized Language Models"], found.Select(h => h.Title));
        Assert.Equal(2, await Backend.CountAsync("papers"));
        Assert.Equal(PostgresSchema.CurrentVersion, await ScalarAsync<int>("SELECT version FROM paperbot_schema"));
        Assert.Equal(2, await ScalarAsync<long>("SELECT count(*) FROM papers WHERE title_words IS NOT NULL"));
    }

    /// <summary>The database as PaperBot with schema 6 left it: its migrations, its version, papers in its columns.</summary>
    private async Task WriteSchema6Async(params (string Title, string NormalizedTitle, string Abstract)[] papers)
    {
        await using var connection = new NpgsqlConnection(Backend.ConnectionString);
        await connection.OpenAsync();
        foreach (var sql in PostgresSchema.All.Take(6).SelectMany(m => m))
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }

        await using (var version = new NpgsqlCommand("CREATE TABLE paperbot_schema(version integer NOT NULL); INSERT INTO paperbot_schema VALUES (6)", connection))
        {
            await version.ExecuteNonQueryAsync();
        }

        foreach (var (title, normalizedTitle, @abstract) in papers)
        {
            await using var insert = new NpgsqlCommand(
                "INSERT INTO papers(title, norm_title, abstract, authors, keywords, categories, added_at) VALUES (@t, @n, @a, '{}', '{}', '{cs.LG}', now())",
                connection);
            insert.Parameters.AddWithValue("t", title);
            insert.Parameters.AddWithValue("n", normalizedTitle);
            insert.Parameters.AddWithValue("a", @abstract);
            await insert.ExecuteNonQueryAsync();
        }
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(Backend.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
