using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using PaperBot.Benchmarks.Measurement;
using PaperBot.Core.Corpus;
using PaperBot.Data;
using PaperBot.Postgres;

namespace PaperBot.Benchmarks.Providers;

/// <summary>
/// One provider's store as PaperBot composes it (<c>AddPaperBotData</c>, then <c>AddPaperBotPostgres</c>), on a fresh
/// database of its own: a SQLite file in the run's folder, or a new database on the PostgreSQL server (dropped at the
/// end unless kept). No embedding model: both providers rank by their words, as PaperBot does without one.
/// </summary>
internal sealed class ProviderStore : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly Func<Task<long>> _bytes;
    private readonly Func<Task> _drop;

    private ProviderStore(string name, IHost host, Func<Task<long>> bytes, Func<Task> drop)
    {
        Name = name;
        _host = host;
        _bytes = bytes;
        _drop = drop;
    }

    public string Name { get; }

    public static ProviderStore Sqlite(string path) =>
        new("SQLite", Compose(new() { ["Storage:DatabasePath"] = path }), () => Task.FromResult(DatabaseFiles.Bytes(path)), () => Task.CompletedTask);

    /// <summary>A new database <paramref name="name"/> on the server of <paramref name="serverConnectionString"/> (its user may CREATE DATABASE).</summary>
    public static async Task<ProviderStore> PostgresAsync(string serverConnectionString, string name, bool keep, CancellationToken cancellationToken)
    {
        await ExecuteAsync(serverConnectionString, $"CREATE DATABASE {name}", cancellationToken);
        var connectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
        var host = Compose(new() { ["Storage:Provider"] = "Postgres", ["Storage:ConnectionString"] = connectionString });
        return new ProviderStore(
            "PostgreSQL",
            host,
            async () =>
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(cancellationToken);
                await using var size = new NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
                return (long)(await size.ExecuteScalarAsync(cancellationToken))!;
            },
            () => keep ? Task.CompletedTask : ExecuteAsync(serverConnectionString, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)", CancellationToken.None));
    }

    public T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    /// <summary>The database's size: the SQLite file with its WAL, or PostgreSQL's <c>pg_database_size</c>.</summary>
    public Task<long> BytesAsync() => _bytes();

    public async ValueTask DisposeAsync()
    {
        _host.Dispose();
        await _drop();
    }

    private static IHost Compose(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(TimeProvider.System);
        // The host registers the corpus reader (AddPaperBotHost); ingest reads the files through it.
        builder.Services.AddSingleton(new CorpusFileReader(new CorpusReaderOptions(), TimeProvider.System));
        builder.AddPaperBotData();
        builder.AddPaperBotPostgres();
        return builder.Build();
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
