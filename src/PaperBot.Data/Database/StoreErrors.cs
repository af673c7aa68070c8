using PaperBot.Core.Papers;
using SQLite;

namespace PaperBot.Data.Database;

/// <summary>Turns SQLite's failures into one line that says what to do, naming the database file.</summary>
internal static class StoreErrors
{
    public static StoreException Translate(Exception error, string path) => error switch
    {
        StoreException store => store,
        SQLiteException sqlite => new StoreException(Describe(sqlite.Result, path), sqlite),
        UnauthorizedAccessException or IOException => new StoreException(
            $"cannot create the database {path}: {error.Message} Pass --db FILE to use a writable location.", error),
        _ => new StoreException($"the database {path} failed: {error.Message}", error),
    };

    private static string Describe(SQLite3.Result result, string path) => result switch
    {
        SQLite3.Result.Busy or SQLite3.Result.Locked =>
            $"the database {path} is locked by another program (is another PaperBot writing to it?): wait for it to finish, or pass --db FILE to use another file.",
        SQLite3.Result.ReadOnly =>
            $"the database {path} is read-only: make the file and its folder writable, or pass --db FILE to use another file.",
        SQLite3.Result.Full =>
            $"the disk holding {path} is full: free some space, or pass --db FILE on another disk. Nothing was half-written.",
        SQLite3.Result.CannotOpen =>
            $"cannot open the database {path}: check that its folder exists and is writable, or pass --db FILE.",
        SQLite3.Result.Corrupt or SQLite3.Result.NonDBFile =>
            $"{path} is not a PaperBot database or is damaged: pass --db FILE to use another file, or delete it to start over.",
        SQLite3.Result.IOError =>
            $"a disk error occurred on {path} (disk full or removed?): check the disk, or pass --db FILE on another disk.",
        _ => $"the database {path} failed ({result}): pass --db FILE to use another file, or see the log for detail.",
    };
}
