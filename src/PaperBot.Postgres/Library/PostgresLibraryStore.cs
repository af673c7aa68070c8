using NpgsqlTypes;
using PaperBot.Core.Library;
using PaperBot.Core.Papers;
using PaperBot.Postgres.Database;

namespace PaperBot.Postgres.Library;

/// <summary>Members' libraries in <c>library_items</c>: one row per member and paper, newest saved first.</summary>
internal sealed class PostgresLibraryStore(PostgresDatabase database, IPaperStore papers, TimeProvider time) : ILibraryStore
{
    private const string TagFilter = "(@tag IS NULL OR @tag = ANY(tags))";

    public async Task<SaveOutcome> SaveAsync(string memberId, long paperId, IReadOnlyList<string> tags, string? note, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        var clean = LibraryRules.Checked(tags, note);
        if (await papers.GetAsync(paperId, cancellationToken) is null)
        {
            return SaveOutcome.UnknownPaper;
        }

        var added = await ExecuteAsync(
            "INSERT INTO library_items(member_id, paper_id, tags, note, saved_at) VALUES(@member, @paper, @tags, @note, @now) ON CONFLICT DO NOTHING",
            command => command
                .With("member", NpgsqlDbType.Text, memberId)
                .With("paper", NpgsqlDbType.Bigint, paperId)
                .With("tags", NpgsqlDbType.Array | NpgsqlDbType.Text, clean.Tags.ToArray())
                .With("note", NpgsqlDbType.Text, clean.Note)
                .With("now", NpgsqlDbType.TimestampTz, Sql.Utc(time.GetUtcNow())),
            cancellationToken);
        return added == 1 ? SaveOutcome.Saved : SaveOutcome.AlreadySaved;
    }

    public Task<IReadOnlyList<SavedPaper>> ListAsync(string memberId, string? tag, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        return database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(
                        connection,
                        $"""
                        SELECT paper_id, tags, note, saved_at, NULL FROM library_items WHERE member_id = @member AND {TagFilter}
                        ORDER BY saved_at DESC, seq DESC LIMIT @limit OFFSET @offset
                        """)
                    .With("member", NpgsqlDbType.Text, memberId)
                    .With("tag", NpgsqlDbType.Text, NormalTag(tag))
                    .With("limit", NpgsqlDbType.Integer, Math.Max(0, limit))
                    .With("offset", NpgsqlDbType.Integer, Math.Max(0, offset));
                return await SavedItems.ReadAsync(command, papers, token);
            },
            cancellationToken);
    }

    public Task<int> CountAsync(string memberId, string? tag, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        return database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(connection, $"SELECT count(*)::int FROM library_items WHERE member_id = @member AND {TagFilter}")
                    .With("member", NpgsqlDbType.Text, memberId)
                    .With("tag", NpgsqlDbType.Text, NormalTag(tag));
                return (int)(await command.ExecuteScalarAsync(token))!;
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<long>> PaperIdsAsync(string memberId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        return database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(connection, "SELECT paper_id FROM library_items WHERE member_id = @member ORDER BY saved_at DESC, seq DESC")
                    .With("member", NpgsqlDbType.Text, memberId);
                await using var reader = await command.ExecuteReaderAsync(token);
                var ids = new List<long>();
                while (await reader.ReadAsync(token))
                {
                    ids.Add(reader.GetInt64(0));
                }

                return (IReadOnlyList<long>)ids;
            },
            cancellationToken);
    }

    public async Task<bool> RemoveAsync(string memberId, long paperId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        return await ExecuteAsync(
            "DELETE FROM library_items WHERE member_id = @member AND paper_id = @paper",
            command => command.With("member", NpgsqlDbType.Text, memberId).With("paper", NpgsqlDbType.Bigint, paperId),
            cancellationToken) == 1;
    }

    public async Task<bool> UpdateAsync(string memberId, long paperId, IReadOnlyList<string>? tags, string? note, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        var clean = LibraryRules.Checked(tags ?? [], note);
        return await ExecuteAsync(
            """
            UPDATE library_items SET tags = coalesce(@tags, tags), note = CASE WHEN @set_note THEN @note ELSE note END
            WHERE member_id = @member AND paper_id = @paper
            """,
            command => command
                .With("tags", NpgsqlDbType.Array | NpgsqlDbType.Text, tags is null ? null : clean.Tags.ToArray())
                .With("set_note", NpgsqlDbType.Boolean, note is not null)
                .With("note", NpgsqlDbType.Text, clean.Note)
                .With("member", NpgsqlDbType.Text, memberId)
                .With("paper", NpgsqlDbType.Bigint, paperId),
            cancellationToken) == 1;
    }

    private Task<int> ExecuteAsync(string sql, Action<Npgsql.NpgsqlCommand> bind, CancellationToken cancellationToken) =>
        database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(connection, sql);
                bind(command);
                return await command.ExecuteNonQueryAsync(token);
            },
            cancellationToken);

    private static string? NormalTag(string? tag) => LibraryRules.NormalizeTags(tag) is [var first, ..] ? first : null;
}
