using SQLite;
using Sqlite3Statement = SQLitePCL.sqlite3_stmt;

namespace PaperBot.Data.Database;

/// <summary>
/// A prepared statement that is bound and stepped many times. sqlite-net prepares every command anew, which
/// costs more than the insert itself on the ingest path; this keeps the hot statements compiled.
/// Not thread-safe: one owner at a time, like the connection it belongs to.
/// </summary>
internal sealed class Statement : IDisposable
{
    private static readonly IntPtr Transient = new(-1);
    private readonly SQLiteConnection _connection;
    private readonly Sqlite3Statement _handle;

    public Statement(SQLiteConnection connection, string sql)
    {
        _connection = connection;
        _handle = SQLite3.Prepare2(connection.Handle, sql);
    }

    public Statement Bind(int index, string? value)
    {
        Check(value is null ? SQLite3.BindNull(_handle, index) : SQLite3.BindText(_handle, index, value, -1, Transient));
        return this;
    }

    public Statement Bind(int index, long? value)
    {
        Check(value is null ? SQLite3.BindNull(_handle, index) : SQLite3.BindInt64(_handle, index, value.Value));
        return this;
    }

    public Statement Bind(int index, byte[] value)
    {
        Check(SQLite3.BindBlob(_handle, index, value, value.Length, Transient));
        return this;
    }

    /// <summary>Runs a statement that returns no rows.</summary>
    public void Execute()
    {
        try
        {
            var result = SQLite3.Step(_handle);
            if (result != SQLite3.Result.Done && result != SQLite3.Result.Row)
            {
                throw Failure(result);
            }
        }
        finally
        {
            SQLite3.Reset(_handle);
        }
    }

    /// <summary>Steps to the next row: true when there is one. Call <see cref="Reset"/> when done reading.</summary>
    public bool Read()
    {
        var result = SQLite3.Step(_handle);
        return result switch
        {
            SQLite3.Result.Row => true,
            SQLite3.Result.Done => false,
            _ => throw Failure(result),
        };
    }

    public void Reset() => SQLite3.Reset(_handle);

    public long GetInt64(int column) => SQLite3.ColumnInt64(_handle, column);

    public bool IsNull(int column) => SQLite3.ColumnType(_handle, column) == SQLite3.ColType.Null;

    public string? GetText(int column) => IsNull(column) ? null : SQLite3.ColumnString(_handle, column);

    public byte[] GetBlob(int column) => SQLite3.ColumnByteArray(_handle, column);

    /// <summary>The BLOB without a copy: valid only until the next <see cref="Read"/> or <see cref="Reset"/>.</summary>
    public ReadOnlySpan<byte> GetBlobSpan(int column) => SQLitePCL.raw.sqlite3_column_blob(_handle, column);

    public void Dispose() => SQLite3.Finalize(_handle);

    private void Check(int result)
    {
        if (result != (int)SQLite3.Result.OK)
        {
            throw Failure((SQLite3.Result)result);
        }
    }

    private SQLiteException Failure(SQLite3.Result result) =>
        SQLiteException.New(result, SQLite3.GetErrmsg(_connection.Handle));
}
