using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Data.Vectors;
using SQLite;

namespace PaperBot.Data.Database;

/// <summary>
/// The database file: opens connections with PaperBot's settings and brings the schema up to date once.
/// Queries run side by side on a pool of read connections (<see cref="StoreOptions.ReadConnections"/>); each ingest
/// opens its own write connection, so readers keep going during a long ingest (WAL).
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    private const SQLiteOpenFlags OpenFlags = SQLiteOpenFlags.ReadWrite | SQLiteOpenFlags.Create | SQLiteOpenFlags.FullMutex;
    private readonly StoreOptions _options;
    private readonly ILogger<SqliteDatabase> _logger;
    private readonly Lock _writeLock = new();
    private readonly Lock _schemaLock = new();
    private readonly ReadConnectionPool _reads;
    private SQLiteConnection? _writeConnection;
    private bool _migrated;

    public SqliteDatabase(IOptions<StoreOptions> options, ILogger<SqliteDatabase> logger)
    {
        _options = options.Value;
        _logger = logger;
        FilePath = _options.ResolvePath();
        _reads = new ReadConnectionPool(_options.ResolveReadConnections(), Open);
    }

    public string FilePath { get; }

    /// <summary>Runs on every new connection after PaperBot's settings; tests use it to simulate a full or read-only disk.</summary>
    internal Action<SQLiteConnection>? AfterOpen { get; init; }

    /// <summary>Opens a new connection (the caller disposes it), creating the file and schema on first use.</summary>
    public SQLiteConnection Open()
    {
        try
        {
            var folder = Path.GetDirectoryName(FilePath);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            var connection = new SQLiteConnection(new SQLiteConnectionString(FilePath, OpenFlags, storeDateTimeAsTicks: false));
            try
            {
                if (Volatile.Read(ref _migrated))
                {
                    Configure(connection);
                }
                else
                {
                    // The first connections of a process may open side by side (the read pool opens one per concurrent
                    // query): one sets WAL and migrates while the others wait here. Left to SQLite, two connections
                    // switching a new file to WAL at once can get SQLITE_BUSY without waiting, and a long migration on a
                    // loaded machine can outlast the busy timeout.
                    lock (_schemaLock)
                    {
                        Configure(connection);
                        EnsureSchema(connection);
                    }
                }

                AfterOpen?.Invoke(connection);
                return connection;
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }
        catch (Exception error) when (error is SQLiteException or IOException or UnauthorizedAccessException)
        {
            throw StoreErrors.Translate(error, FilePath);
        }
    }

    /// <summary>The read connections (for tests: how many are open and busy).</summary>
    internal ReadConnectionPool ReadConnections => _reads;

    /// <summary>
    /// Runs a query on a read connection of its own, beside other queries; SQLite failures become
    /// <see cref="Core.Papers.StoreException"/>. Keep slow work that needs no database (a model run) out of
    /// <paramref name="query"/>: it would hold the connection from other members' searches.
    /// </summary>
    public T Read<T>(Func<SQLiteConnection, T> query) => _reads.Run(connection =>
    {
        try
        {
            return query(connection);
        }
        catch (SQLiteException error)
        {
            throw StoreErrors.Translate(error, FilePath);
        }
    });

    /// <summary>
    /// Runs a small write (a conversation turn, a batch of vectors) in one transaction on the shared write connection,
    /// so waiting for an ingest's lock never holds up the searches on the read connection.
    /// </summary>
    public T Write<T>(Func<SQLiteConnection, T> write)
    {
        lock (_writeLock)
        {
            _writeConnection ??= Open();
            try
            {
                var result = default(T)!;
                _writeConnection.RunInTransaction(() => result = write(_writeConnection));
                return result;
            }
            catch (SQLiteException error)
            {
                throw StoreErrors.Translate(error, FilePath);
            }
        }
    }

    public void Dispose()
    {
        _reads.Dispose();
        lock (_writeLock)
        {
            _writeConnection?.Dispose();
            _writeConnection = null;
        }
    }

    private void Configure(SQLiteConnection connection)
    {
        connection.BusyTimeout = TimeSpan.FromSeconds(_options.BusyTimeoutSeconds);
        try
        {
            // WAL lets searches read while an ingest writes; the pragma returns a row, hence ExecuteScalar.
            connection.ExecuteScalar<string>("PRAGMA journal_mode=WAL");
        }
        catch (SQLiteException error) when (error.Result == SQLite3.Result.ReadOnly)
        {
            // A read-only file can still be searched; writes will fail later with a clear message.
            Log.ReadOnlyDatabase(_logger, FilePath);
        }

        connection.ExecuteScalar<string>("PRAGMA synchronous=NORMAL");
        connection.ExecuteScalar<string>("PRAGMA foreign_keys=ON");
    }

    private void EnsureSchema(SQLiteConnection connection)
    {
        if (Volatile.Read(ref _migrated))
        {
            return;
        }

        var version = connection.ExecuteScalar<int>("PRAGMA user_version");
        if (version > Schema.CurrentVersion)
        {
            throw new Core.Papers.StoreException(
                $"{FilePath} was written by a newer PaperBot (schema {version}, this one knows {Schema.CurrentVersion}): update PaperBot, or pass --db FILE.");
        }

        if (version < Schema.CurrentVersion)
        {
            Migrate(connection, version);
        }

        Volatile.Write(ref _migrated, true);
    }

    private void Migrate(SQLiteConnection connection, int from)
    {
        connection.Execute("BEGIN IMMEDIATE");
        try
        {
            // Another process may have migrated while we waited for the write lock.
            var version = connection.ExecuteScalar<int>("PRAGMA user_version");
            if (version < 1)
            {
                Apply(connection, Schema.Version1);
            }

            if (version < 2)
            {
                Apply(connection, Schema.Version2);
            }

            if (version < 3)
            {
                Apply(connection, Schema.Version3);
            }

            if (version < 4)
            {
                Apply(connection, Schema.Version4);
                TermBackfill.Run(connection);
            }

            if (version < 5)
            {
                Apply(connection, Schema.Version5);
            }

            if (version < 6)
            {
                Apply(connection, Schema.Version6);
            }

            if (version < 7)
            {
                Apply(connection, Schema.Version7);
            }

            if (version < 8)
            {
                Apply(connection, Schema.Version8);
            }

            if (version < 9)
            {
                Apply(connection, Schema.Version9);
            }

            if (version < 10)
            {
                Apply(connection, Schema.Version10);
            }

            connection.Execute($"PRAGMA user_version = {Schema.CurrentVersion}");
            connection.Execute("COMMIT");
            Log.SchemaMigrated(_logger, FilePath, from, Schema.CurrentVersion);
        }
        catch
        {
            connection.Execute("ROLLBACK");
            throw;
        }
    }

    private static void Apply(SQLiteConnection connection, IReadOnlyList<string> migration)
    {
        foreach (var sql in migration)
        {
            connection.Execute(sql);
        }
    }
}
