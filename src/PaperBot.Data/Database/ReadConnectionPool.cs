using SQLite;

namespace PaperBot.Data.Database;

/// <summary>
/// Read connections for concurrent queries (WAL lets readers run side by side): at most <c>size</c>, opened only when
/// every open one is busy, each serving one query at a time. A query that runs inside another on the same thread gets
/// the connection its caller holds, so nesting can never wait for a connection that its own caller keeps.
/// </summary>
internal sealed class ReadConnectionPool(int size, Func<SQLiteConnection> open) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(size, size);
    private readonly Stack<SQLiteConnection> _idle = new();
    private readonly Lock _lock = new();
    private readonly ThreadLocal<SQLiteConnection?> _held = new();
    private int _opened;
    private bool _disposed;

    /// <summary>The most connections this pool opens.</summary>
    public int Size => size;

    /// <summary>Connections opened so far (for tests: never more than <see cref="Size"/>).</summary>
    public int Opened => Volatile.Read(ref _opened);

    /// <summary>Connections serving a query right now.</summary>
    public int InUse => size - _slots.CurrentCount;

    /// <summary>Runs <paramref name="query"/> on a free connection, waiting for one while all are busy.</summary>
    public T Run<T>(Func<SQLiteConnection, T> query)
    {
        if (_held.Value is { } outer)
        {
            return query(outer);
        }

        _slots.Wait();
        SQLiteConnection connection;
        try
        {
            connection = Take();
        }
        catch
        {
            _slots.Release();
            throw;
        }

        _held.Value = connection;
        try
        {
            return query(connection);
        }
        finally
        {
            _held.Value = null;
            Return(connection);
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            while (_idle.TryPop(out var connection))
            {
                connection.Dispose();
            }
        }
    }

    private SQLiteConnection Take()
    {
        lock (_lock)
        {
            if (_idle.TryPop(out var idle))
            {
                return idle;
            }
        }

        // Opened outside the lock: a first open migrates the schema, and other readers need not wait for that.
        var connection = open();
        Interlocked.Increment(ref _opened);
        return connection;
    }

    private void Return(SQLiteConnection connection)
    {
        lock (_lock)
        {
            // A query still running at Dispose (or a late one, as a single connection allowed) closes its connection on the way out.
            if (_disposed)
            {
                connection.Dispose();
            }
            else
            {
                _idle.Push(connection);
            }
        }

        _slots.Release();
    }
}
