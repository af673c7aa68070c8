using SQLitePCL;

namespace PaperBot.Benchmarks.Sqlite;

/// <summary>A prepared statement, bound and stepped many times; one owner at a time.</summary>
internal sealed class RawStatement : IDisposable
{
    private readonly RawDatabase _database;
    private readonly sqlite3_stmt _handle;

    public RawStatement(RawDatabase database, string sql)
    {
        _database = database;
        var result = raw.sqlite3_prepare_v2(database.Handle, sql, out _handle);
        if (result != raw.SQLITE_OK)
        {
            throw database.Failure(result);
        }
    }

    public RawStatement Bind(int index, string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(_handle, index) : raw.sqlite3_bind_text(_handle, index, value));

    public RawStatement Bind(int index, long? value) =>
        Check(value is null ? raw.sqlite3_bind_null(_handle, index) : raw.sqlite3_bind_int64(_handle, index, value.Value));

    public RawStatement Bind(int index, byte[] value) => Check(raw.sqlite3_bind_blob(_handle, index, value));

    /// <summary>Steps once and resets: for statements that return no rows.</summary>
    public void Execute()
    {
        var result = raw.sqlite3_step(_handle);
        raw.sqlite3_reset(_handle);
        if (result != raw.SQLITE_DONE && result != raw.SQLITE_ROW)
        {
            throw _database.Failure(result);
        }
    }

    /// <summary>True when a row is ready; call <see cref="Reset"/> when done.</summary>
    public bool Step()
    {
        var result = raw.sqlite3_step(_handle);
        if (result == raw.SQLITE_ROW)
        {
            return true;
        }

        if (result == raw.SQLITE_DONE)
        {
            return false;
        }

        raw.sqlite3_reset(_handle);
        throw _database.Failure(result);
    }

    public void Reset() => raw.sqlite3_reset(_handle);

    public bool IsNull(int column) => raw.sqlite3_column_type(_handle, column) == raw.SQLITE_NULL;

    public long Int64(int column) => raw.sqlite3_column_int64(_handle, column);

    public long? NullableInt64(int column) => IsNull(column) ? null : Int64(column);

    public double Double(int column) => raw.sqlite3_column_double(_handle, column);

    public string? Text(int column) => IsNull(column) ? null : raw.sqlite3_column_text(_handle, column).utf8_to_string();

    /// <summary>The BLOB without a copy: valid until the next step or reset.</summary>
    public ReadOnlySpan<byte> Blob(int column) => raw.sqlite3_column_blob(_handle, column);

    public void Dispose() => _handle.Dispose();

    private RawStatement Check(int result) => result == raw.SQLITE_OK ? this : throw _database.Failure(result);
}
