using Npgsql;
using NpgsqlTypes;
using PaperBot.Core.Corpus;
using PaperBot.Core.Corpus.Loading;
using PaperBot.Postgres.Database;

namespace PaperBot.Postgres.Ingest;

/// <summary>
/// The PostgreSQL side of an ingest: one connection for the run and a transaction per file. Each file's transaction
/// takes an advisory lock first, so ingests in several processes run one file at a time, as SQLite's single writer
/// does: two processes can then never both add the same new paper.
/// </summary>
internal sealed class PostgresCorpusSink(PostgresDatabase database, TimeProvider time) : ICorpusSink
{
    /// <summary>The advisory lock key of a file's load ("PBingest").</summary>
    private const long IngestLock = 0x5042_696E_6765_7374;

    private const string RecordFileSql = """
        INSERT INTO source_files(path, content_hash, format, entries, ingested_at) VALUES(@path, @key, @format, 0, @now)
        ON CONFLICT(content_hash) DO NOTHING RETURNING id
        """;

    private NpgsqlConnection? _connection;

    public async Task<ICorpusFileLoad?> BeginFileAsync(string path, string sourceKey, CorpusFormat format, CancellationToken cancellationToken)
    {
        _connection ??= await database.OpenConnectionAsync(cancellationToken);
        NpgsqlTransaction? transaction = null;
        try
        {
            transaction = await _connection.BeginTransactionAsync(cancellationToken);
            await using (var lockCommand = Sql.Command(_connection, $"SELECT pg_advisory_xact_lock({IngestLock})", transaction))
            {
                await lockCommand.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var record = Sql.Command(_connection, RecordFileSql, transaction)
                .With("path", NpgsqlDbType.Text, path)
                .With("key", NpgsqlDbType.Text, sourceKey)
                .With("format", NpgsqlDbType.Text, format.ToString())
                .With("now", NpgsqlDbType.TimestampTz, Sql.Utc(time.GetUtcNow()));
            if (await record.ExecuteScalarAsync(cancellationToken) is not long sourceId)
            {
                await transaction.DisposeAsync(); // ingested before: roll back the empty transaction
                return null;
            }

            return new PostgresFileLoad(database, new PaperUpserter(_connection, transaction, time), transaction, sourceId);
        }
        catch (Exception error) when (PostgresErrors.IsStoreFailure(error))
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }

            throw database.Translate(error);
        }
    }

    public void Dispose() => _connection?.Dispose();
}
