using Npgsql;
using NpgsqlTypes;
using PaperBot.Core.Corpus.Loading;
using PaperBot.Core.Papers;
using PaperBot.Postgres.Database;

namespace PaperBot.Postgres.Ingest;

/// <summary>One corpus file's transaction: disposed without a commit, it rolls back and nothing of the file stays.</summary>
internal sealed class PostgresFileLoad(PostgresDatabase database, PaperUpserter papers, NpgsqlTransaction transaction, long sourceId) : ICorpusFileLoad
{
    public async ValueTask<bool> UpsertAsync(Paper paper, int line, CancellationToken cancellationToken)
    {
        try
        {
            return await papers.UpsertAsync(paper, sourceId, line, cancellationToken);
        }
        catch (Exception error) when (PostgresErrors.IsStoreFailure(error))
        {
            throw database.Translate(error);
        }
    }

    public async Task CommitAsync(long entries, CancellationToken cancellationToken)
    {
        try
        {
            await using var count = Sql.Command(transaction.Connection!, "UPDATE source_files SET entries = @entries WHERE id = @id", transaction)
                .With("entries", NpgsqlDbType.Bigint, entries)
                .With("id", NpgsqlDbType.Bigint, sourceId);
            await count.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception error) when (PostgresErrors.IsStoreFailure(error))
        {
            throw database.Translate(error);
        }
    }

    // Npgsql rolls back a transaction disposed before its commit.
    public ValueTask DisposeAsync() => transaction.DisposeAsync();
}
