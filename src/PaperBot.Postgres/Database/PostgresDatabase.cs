using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace PaperBot.Postgres.Database;

/// <summary>
/// The PostgreSQL database: a pool of connections (Npgsql's data source) that brings the schema up to date once, before
/// the first query, and turns failures into one-line <see cref="Core.Papers.StoreException"/>s naming host:port/database.
/// </summary>
internal sealed class PostgresDatabase : IAsyncDisposable, IDisposable
{
    /// <summary>Statements kept prepared per connection (Npgsql's <c>Max Auto Prepare</c>) unless the connection string says otherwise.</summary>
    public const int AutoPreparedStatements = 64;

    private readonly NpgsqlDataSource _source;
    private readonly ILogger<PostgresDatabase> _logger;
    private readonly SemaphoreSlim _migrateGate = new(1, 1);
    private bool _migrated;

    public PostgresDatabase(IOptions<PostgresOptions> options, ILogger<PostgresDatabase> logger)
        : this(options.Value.ConnectionString ?? throw new InvalidOperationException("Storage:ConnectionString is not set"), logger)
    {
    }

    public PostgresDatabase(string connectionString, ILogger<PostgresDatabase> logger)
    {
        _logger = logger;
        var builder = new NpgsqlConnectionStringBuilder(connectionString);

        // PaperBot runs the same few statements all day: prepared once per connection, the server no longer plans them
        // per call (an autocomplete keystroke went from ~10 ms to ~1 ms in the provider benchmark). A value the
        // operator sets in the connection string is kept.
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = AutoPreparedStatements;
        }

        Server = $"{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
        _source = NpgsqlDataSource.Create(builder);
    }

    /// <summary>Host, port and database, for messages: never the password.</summary>
    public string Server { get; }

    /// <summary>Runs <paramref name="work"/> on a pooled connection (autocommit: each statement is its own transaction).</summary>
    public async Task<T> RunAsync<T>(Func<NpgsqlConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            return await work(connection, cancellationToken);
        }
        catch (Exception error) when (PostgresErrors.IsStoreFailure(error) && error is not OperationCanceledException)
        {
            throw PostgresErrors.Translate(error, Server);
        }
    }

    /// <summary>
    /// A connection of the caller's own (it disposes it), for work that spans many statements, such as an ingest; its
    /// failures are the caller's to translate with <see cref="Translate"/>.
    /// </summary>
    public async Task<NpgsqlConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await OpenAsync(cancellationToken);
        }
        catch (Exception error) when (PostgresErrors.IsStoreFailure(error))
        {
            throw Translate(error);
        }
    }

    /// <summary>The one-line <see cref="Core.Papers.StoreException"/> for a failure of this database.</summary>
    public Core.Papers.StoreException Translate(Exception error) => PostgresErrors.Translate(error, Server);

    /// <summary>Runs <paramref name="work"/> in one transaction: all of it is written, or none.</summary>
    public Task<T> InTransactionAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        RunAsync(
            async (connection, token) =>
            {
                await using var transaction = await connection.BeginTransactionAsync(token);
                var result = await work(connection, transaction, token);
                await transaction.CommitAsync(token);
                return result;
            },
            cancellationToken);

    public void Dispose() => _source.Dispose();

    public async ValueTask DisposeAsync() => await _source.DisposeAsync();

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await _source.OpenConnectionAsync(cancellationToken);
        try
        {
            if (!Volatile.Read(ref _migrated))
            {
                await EnsureSchemaAsync(connection, cancellationToken);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task EnsureSchemaAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await _migrateGate.WaitAsync(cancellationToken);
        try
        {
            if (!_migrated)
            {
                await new SchemaMigrator(connection, Server, _logger).MigrateAsync(cancellationToken);
                Volatile.Write(ref _migrated, true);
            }
        }
        finally
        {
            _migrateGate.Release();
        }
    }
}
