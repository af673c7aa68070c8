using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using PaperBot.Core.Corpus;
using PaperBot.Core.Highlights;
using PaperBot.Core.Papers;
using PaperBot.Postgres.Library;
using PaperBot.Postgres.Chat;
using PaperBot.Postgres.Database;
using PaperBot.Postgres.Highlights;
using PaperBot.Postgres.Ingest;
using PaperBot.Postgres.Papers;
using PaperBot.Postgres.Search;
using PaperBot.Postgres.Vectors;

namespace PaperBot.IntegrationTests.Storage;

/// <summary>
/// The PostgreSQL store on a database of its own (random name), created on the test server and dropped at the end, so
/// tests run side by side in any order.
/// </summary>
internal sealed class PostgresBackend : StoreBackend
{
    private readonly string _serverConnectionString;
    private readonly string _name;

    private PostgresBackend(string serverConnectionString, string name)
    {
        _serverConnectionString = serverConnectionString;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>The test database's connection string.</summary>
    public string ConnectionString { get; }

    public static async Task<PostgresBackend> CreateAsync()
    {
        var server = PostgresServer.ConnectionString;
        var name = string.Create(CultureInfo.InvariantCulture, $"paperbot_test_{Guid.NewGuid():N}");
        await ExecuteAsync(server, $"CREATE DATABASE {name}");
        return new PostgresBackend(server, name);
    }

    public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Postgres",
        ["Storage:ConnectionString"] = ConnectionString,
    };

    public override StoreProcess StartProcess(PostClaimLease? lease = null)
    {
        var database = new PostgresDatabase(ConnectionString, NullLogger<PostgresDatabase>.Instance);
        var changes = new SubscriptionChangeSignal();
        var papers = Papers(database);
        var embeddings = new PostgresEmbeddingStore(database);
        return new StoreProcess(
            new PostgresSubscriptionStore(database, Time, changes),
            changes,
            new PostgresHighlightPostLog(database, Time, lease ?? PostClaimLease.Default),
            new PostgresPostedPapers(database),
            new PostgresConversationStore(database, NullLogger<PostgresConversationStore>.Instance),
            papers,
            embeddings,
            Library(database, papers.Store),
            new Disposables(database, embeddings));
    }

    private LibraryPorts Library(PostgresDatabase database, IPaperStore papers) =>
        new(new PostgresLibraryStore(database, papers, Time), new PostgresReadingListStore(database, papers, Time), new PostgresMemberChannels(database), new PostgresPaperVotes(database, Time));

    private PaperPorts Papers(PostgresDatabase database)
    {
        var search = new PostgresPaperSearch(database);
        var reader = new CorpusFileReader(new CorpusReaderOptions(), Time);
        return new PaperPorts(
            new PostgresCorpusIngestor(database, reader, Time, NullLogger<PostgresCorpusIngestor>.Instance),
            new PostgresPaperStore(database, search),
            search);
    }

    public override async Task<long> CountAsync(string table)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public override async ValueTask DisposeAsync() =>
        await ExecuteAsync(_serverConnectionString, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        // No pooling: a pooled connection to the server's database would outlive the test for nothing.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
