using PaperBot.Core.Corpus;
using PaperBot.Core.Corpus.Loading;
using PaperBot.Data.Database;
using SQLite;

namespace PaperBot.Data.Ingest;

/// <summary>
/// The SQLite side of an ingest: one connection and one <see cref="PaperWriter"/> (its statements prepared once) for the
/// whole run, and a transaction per file.
/// </summary>
internal sealed class SqliteCorpusSink : ICorpusSink
{
    private readonly SqliteDatabase _database;
    private readonly TimeProvider _time;
    private readonly SQLiteConnection _connection;
    private readonly PaperWriter _writer;

    public SqliteCorpusSink(SqliteDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
        _connection = database.Open();
        _writer = new PaperWriter(_connection, time);
    }

    public Task<ICorpusFileLoad?> BeginFileAsync(string path, string sourceKey, CorpusFormat format, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            // IMMEDIATE takes the write lock now, so two processes loading the same file cannot both insert it.
            _connection.Execute("BEGIN IMMEDIATE");
            if (_connection.ExecuteScalar<int>("SELECT count(*) FROM source_files WHERE content_hash = ?", sourceKey) > 0)
            {
                _connection.Execute("ROLLBACK");
                return Task.FromResult<ICorpusFileLoad?>(null);
            }

            _connection.Execute(
                "INSERT INTO source_files(path, content_hash, format, entries, ingested_at) VALUES(?, ?, ?, 0, ?)",
                path, sourceKey, format.ToString(), _time.GetUtcNow().ToString("O"));
            return Task.FromResult<ICorpusFileLoad?>(new SqliteFileLoad(this, SQLite3.LastInsertRowid(_connection.Handle)));
        }
        catch (SQLiteException error)
        {
            Rollback();
            throw StoreErrors.Translate(error, _database.FilePath);
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        _connection.Dispose();
    }

    private void Rollback()
    {
        _writer.Discard();
        try
        {
            _connection.Execute("ROLLBACK");
        }
        catch (SQLiteException)
        {
            // No transaction was open (BEGIN itself failed): nothing to undo.
        }
    }

    /// <summary>One file's transaction on the sink's connection.</summary>
    private sealed class SqliteFileLoad(SqliteCorpusSink sink, long sourceId) : ICorpusFileLoad
    {
        private bool _done;

        public async ValueTask<bool> UpsertAsync(Core.Papers.Paper paper, int line, CancellationToken cancellationToken)
        {
            try
            {
                return await sink._writer.UpsertAsync(paper, sourceId, line);
            }
            catch (SQLiteException error)
            {
                throw StoreErrors.Translate(error, sink._database.FilePath);
            }
        }

        public async Task CommitAsync(long entries, CancellationToken cancellationToken)
        {
            try
            {
                await sink._writer.FlushAsync();
                sink._connection.Execute("UPDATE source_files SET entries = ? WHERE id = ?", entries, sourceId);
                sink._connection.Execute("COMMIT");
                _done = true;
            }
            catch (SQLiteException error)
            {
                throw StoreErrors.Translate(error, sink._database.FilePath);
            }
        }

        public ValueTask DisposeAsync()
        {
            if (!_done)
            {
                _done = true;
                sink.Rollback();
            }

            return ValueTask.CompletedTask;
        }
    }
}
