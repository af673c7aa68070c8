using SQLitePCL;

namespace PaperBot.Benchmarks.Sqlite;

/// <summary>
/// A SQLite connection driven through SQLitePCL.raw, with no ORM in between: the "bare SQLite" side of every
/// comparison. It opens files with the flags and pragmas PaperBot's store uses, so only PaperBot's own code differs.
/// </summary>
internal sealed class RawDatabase : IDisposable
{
    private static readonly Lazy<bool> ProviderReady = new(() =>
    {
        // The same native library and provider PaperBot's store uses: let sqlite-net set them up once.
        using var warmUp = new SQLite.SQLiteConnection(":memory:");
        return true;
    });

    private readonly sqlite3 _handle;

    public RawDatabase(string path)
    {
        _ = ProviderReady.Value;
        var result = raw.sqlite3_open_v2(path, out _handle, raw.SQLITE_OPEN_READWRITE | raw.SQLITE_OPEN_CREATE | raw.SQLITE_OPEN_FULLMUTEX, null);
        if (result != raw.SQLITE_OK)
        {
            _handle.Dispose();
            throw new InvalidOperationException($"cannot open {path}: SQLite error {result}");
        }

        raw.sqlite3_busy_timeout(_handle, 5_000);
    }

    public sqlite3 Handle => _handle;

    public long LastInsertRowId => raw.sqlite3_last_insert_rowid(_handle);

    /// <summary>The connection settings of PaperBot's store (SqliteDatabase.Configure).</summary>
    public RawDatabase WithStoreSettings()
    {
        Scalar("PRAGMA journal_mode=WAL");
        Scalar("PRAGMA synchronous=NORMAL");
        Scalar("PRAGMA foreign_keys=ON");
        return this;
    }

    public void Execute(string sql)
    {
        var result = raw.sqlite3_exec(_handle, sql);
        if (result != raw.SQLITE_OK)
        {
            throw Failure(result);
        }
    }

    /// <summary>Runs a statement that returns one value (pragmas and counts).</summary>
    public string? Scalar(string sql)
    {
        using var statement = Prepare(sql);
        return statement.Step() ? statement.Text(0) : null;
    }

    public RawStatement Prepare(string sql) => new(this, sql);

    public InvalidOperationException Failure(int result) =>
        new($"SQLite error {result}: {raw.sqlite3_errmsg(_handle).utf8_to_string()}");

    public void Dispose() => _handle.Dispose();
}
