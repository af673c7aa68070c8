using NpgsqlTypes;
using PaperBot.Core.Library;
using PaperBot.Core.Papers;
using PaperBot.Postgres.Database;

namespace PaperBot.Postgres.Library;

/// <summary>Channels' reading lists in <c>reading_list_items</c>, newest added first.</summary>
internal sealed class PostgresReadingListStore(PostgresDatabase database, IPaperStore papers, TimeProvider time) : IReadingListStore
{
    public async Task<SaveOutcome> AddAsync(string channelId, long paperId, string addedBy, string? note, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(addedBy);
        var cleanNote = LibraryRules.Checked([], note).Note;

        if (await papers.GetAsync(paperId, cancellationToken) is null)
        {
            return SaveOutcome.UnknownPaper;
        }

        var added = await database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(
                        connection,
                        "INSERT INTO reading_list_items(channel_id, paper_id, added_by, note, added_at) VALUES(@channel, @paper, @by, @note, @now) ON CONFLICT DO NOTHING")
                    .With("channel", NpgsqlDbType.Text, channelId)
                    .With("paper", NpgsqlDbType.Bigint, paperId)
                    .With("by", NpgsqlDbType.Text, addedBy)
                    .With("note", NpgsqlDbType.Text, cleanNote)
                    .With("now", NpgsqlDbType.TimestampTz, Sql.Utc(time.GetUtcNow()));
                return await command.ExecuteNonQueryAsync(token);
            },
            cancellationToken);
        return added == 1 ? SaveOutcome.Saved : SaveOutcome.AlreadySaved;
    }

    public Task<IReadOnlyList<SavedPaper>> ListAsync(string channelId, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        return database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(
                        connection,
                        """
                        SELECT paper_id, '{}'::text[], note, added_at, added_by FROM reading_list_items WHERE channel_id = @channel
                        ORDER BY added_at DESC, seq DESC LIMIT @limit OFFSET @offset
                        """)
                    .With("channel", NpgsqlDbType.Text, channelId)
                    .With("limit", NpgsqlDbType.Integer, Math.Max(0, limit))
                    .With("offset", NpgsqlDbType.Integer, Math.Max(0, offset));
                return await SavedItems.ReadAsync(command, papers, token);
            },
            cancellationToken);
    }

    public Task<int> CountAsync(string channelId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        return database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(connection, "SELECT count(*)::int FROM reading_list_items WHERE channel_id = @channel")
                    .With("channel", NpgsqlDbType.Text, channelId);
                return (int)(await command.ExecuteScalarAsync(token))!;
            },
            cancellationToken);
    }

    public Task<bool> RemoveAsync(string channelId, long paperId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        return database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(connection, "DELETE FROM reading_list_items WHERE channel_id = @channel AND paper_id = @paper")
                    .With("channel", NpgsqlDbType.Text, channelId)
                    .With("paper", NpgsqlDbType.Bigint, paperId);
                return await command.ExecuteNonQueryAsync(token) == 1;
            },
            cancellationToken);
    }
}
