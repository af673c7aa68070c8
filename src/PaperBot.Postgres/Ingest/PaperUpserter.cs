using Npgsql;
using NpgsqlTypes;
using PaperBot.Core.Papers;
using PaperBot.Core.Text;
using PaperBot.Postgres.Database;
using PaperBot.Postgres.Papers;

namespace PaperBot.Postgres.Ingest;

/// <summary>
/// Adds papers inside a file's transaction: a paper already known (by arXiv id, else by normalized title unless both
/// carry different arXiv ids) is merged into its row with <see cref="PaperMerger"/>, keeping the richest metadata; the
/// search vector follows the row by itself (a generated column).
/// </summary>
internal sealed class PaperUpserter(NpgsqlConnection connection, NpgsqlTransaction transaction, TimeProvider time)
{
    // The arXiv id decides first; then the oldest row of the same title.
    private const string FindSql = """
        SELECT id FROM (
            SELECT id, 0 AS rank FROM papers WHERE arxiv_id = @arxiv_id
            UNION ALL
            SELECT id, 1 AS rank FROM papers WHERE norm_title = @norm_title AND (@arxiv_id IS NULL OR arxiv_id IS NULL)) AS found
        ORDER BY rank, id LIMIT 1
        """;

    private const string InsertSql = $"""
        INSERT INTO papers(norm_title, added_at, {PaperColumns.Values}) VALUES(@norm_title, @now, {PaperColumns.Parameters}) RETURNING id
        """;

    private const string UpdateSql = $"""
        UPDATE papers SET (norm_title, {PaperColumns.Values}) = (@norm_title, {PaperColumns.Parameters}) WHERE id = @id
        """;

    /// <summary>Adds or merges <paramref name="paper"/> and links it to its source line; true when it was new.</summary>
    public async Task<bool> UpsertAsync(Paper paper, long sourceId, int line, CancellationToken cancellationToken)
    {
        var normalizedTitle = TitleNormalizer.Normalize(paper.Title);
        var existingId = await FindAsync(paper.ArxivId, normalizedTitle, cancellationToken);
        long id;
        if (existingId is null)
        {
            await using var insert = PaperColumns.Bind(Sql.Command(connection, InsertSql, transaction), paper, normalizedTitle)
                .With("now", NpgsqlDbType.TimestampTz, Sql.Utc(time.GetUtcNow()));
            id = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
        }
        else
        {
            id = existingId.Value;
            var existing = await LoadAsync(id, cancellationToken);
            var merged = PaperMerger.Merge(existing, paper);
            if (merged != existing)
            {
                await using var update = PaperColumns.Bind(Sql.Command(connection, UpdateSql, transaction), merged, TitleNormalizer.Normalize(merged.Title))
                    .With("id", NpgsqlDbType.Bigint, id);
                await update.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await using var link = Sql.Command(
                connection,
                "INSERT INTO paper_sources(paper_id, source_id, line) VALUES(@paper, @source, @line) ON CONFLICT DO NOTHING",
                transaction)
            .With("paper", NpgsqlDbType.Bigint, id)
            .With("source", NpgsqlDbType.Bigint, sourceId)
            .With("line", NpgsqlDbType.Integer, line);
        await link.ExecuteNonQueryAsync(cancellationToken);
        return existingId is null;
    }

    private async Task<long?> FindAsync(string? arxivId, string normalizedTitle, CancellationToken cancellationToken)
    {
        await using var find = Sql.Command(connection, FindSql, transaction)
            .With("arxiv_id", NpgsqlDbType.Text, arxivId)
            .With("norm_title", NpgsqlDbType.Text, normalizedTitle);
        return await find.ExecuteScalarAsync(cancellationToken) as long?;
    }

    private async Task<Paper> LoadAsync(long id, CancellationToken cancellationToken)
    {
        await using var load = Sql.Command(connection, $"SELECT {PaperColumns.Values} FROM papers WHERE id = @id", transaction)
            .With("id", NpgsqlDbType.Bigint, id);
        await using var reader = await load.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException($"Paper {id} vanished inside the ingest transaction.");
        }

        return PaperColumns.Read(reader, 0);
    }
}
