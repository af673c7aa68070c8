using System.Security.Cryptography;
using System.Text;
using PaperBot.Benchmarks.Sqlite;
using PaperBot.Data.Database;

namespace PaperBot.Benchmarks.Ingest;

/// <summary>
/// Bare SQLite doing PaperBot's inserts: a fresh database with the same schema (Schema.Version1) and connection
/// settings, raw prepared statements, one transaction per file (PaperBot's batch), the files read by
/// <see cref="BaselineReader"/> (page dumps) or <see cref="BaselineSnapshotReader"/> (arXiv snapshot lines, <c>.jsonl</c>). Time is charged to phases so a gap to PaperBot can be located.
/// </summary>
internal sealed class BaselineIngest : IIngestSide
{
    private readonly RawDatabase _database;
    private readonly BaselineWriter _writer;
    private readonly RawStatement _addSource;
    private readonly RawStatement _countSource;
    private readonly PhaseClock _clock = new();
    private readonly BaselineTermWriter? _terms;
    private readonly int _pageYear;

    /// <param name="termVectors">Also write schema 2's term vectors (see <see cref="BaselineTermWriter"/>): a diagnostic side.</param>
    public BaselineIngest(string databasePath, int pageYear, bool termVectors)
    {
        DatabasePath = databasePath;
        _pageYear = pageYear;
        _database = new RawDatabase(databasePath).WithStoreSettings();
        CreateSchema(_database, termVectors);
        _terms = termVectors ? new BaselineTermWriter(_database, _clock) : null;
        _writer = new BaselineWriter(_database, _clock, _terms);
        _addSource = _database.Prepare("INSERT INTO source_files(path, content_hash, format, entries, ingested_at) VALUES(?1, ?2, ?4, 0, ?3)");
        _countSource = _database.Prepare("UPDATE source_files SET entries = ?1 WHERE id = ?2");
    }

    public string Name => _terms is null ? "baseline" : "baseline + term vectors";

    public string DatabasePath { get; }

    public IReadOnlyDictionary<string, double>? PhaseSeconds => _clock.Seconds();

    public Task<(long Entries, long New)> IngestFileAsync(string file, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _clock.Restart();
        var now = DateTimeOffset.UtcNow.ToString("O");
        _database.Execute("BEGIN IMMEDIATE");
        var snapshot = file.EndsWith(".jsonl", StringComparison.Ordinal);
        _addSource.Bind(1, file).Bind(2, PathKey(file)).Bind(3, now).Bind(4, snapshot ? "ArxivSnapshot" : "PageDump").Execute();
        var sourceId = _database.LastInsertRowId;
        _clock.Lap("transaction");

        using var stream = new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, new FileStreamOptions { BufferSize = 1 << 16, Options = FileOptions.SequentialScan });
        IBaselineReader reader = snapshot ? new BaselineSnapshotReader(stream) : new BaselineReader(stream, _pageYear);
        reader.ReadHeader();
        long entries = 0, added = 0;
        _clock.Lap("read and split lines");
        while (true)
        {
            var entry = reader.Next();
            _clock.Lap("read and split lines");
            if (entry is null)
            {
                break;
            }

            entries++;
            added += _writer.Upsert(entry, reader.DailyDate, sourceId, now) ? 1 : 0;
        }

        _terms?.Flush();

        _countSource.Bind(1, entries).Bind(2, sourceId).Execute();
        _database.Execute("COMMIT");
        _clock.Lap("transaction");
        return Task.FromResult((entries, added));
    }

    public void Dispose()
    {
        _writer.Dispose();
        _terms?.Dispose();
        _addSource.Dispose();
        _countSource.Dispose();
        _database.Dispose();
    }

    /// <summary>Schema.Version1 (and Version2 for term vectors) in one transaction, then its number, as SqliteDatabase.Migrate does.</summary>
    private static void CreateSchema(RawDatabase database, bool termVectors)
    {
        database.Execute("BEGIN IMMEDIATE");
        foreach (var sql in termVectors ? Schema.Version1.Concat(Schema.Version2) : Schema.Version1)
        {
            database.Execute(sql);
        }

        database.Execute(termVectors ? "PRAGMA user_version = 2" : "PRAGMA user_version = 1");
        database.Execute("COMMIT");
    }

    /// <summary>A unique 64-hex-digit key like PaperBot's content hash, without reading the file twice.</summary>
    private static string PathKey(string path) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(path)));
}
