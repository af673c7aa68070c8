using NpgsqlTypes;
using PaperBot.Core.Library;
using PaperBot.Postgres.Database;

namespace PaperBot.Postgres.Library;

/// <summary>
/// Votes in <c>paper_votes</c>, keyed by (message, member) so a member's repeated reactions count once; only messages
/// recorded in <c>paper_messages</c> (PaperBot's own paper messages) take votes.
/// </summary>
internal sealed class PostgresPaperVotes(PostgresDatabase database, TimeProvider time) : IPaperVotes
{
    private const string RecordSql = """
        INSERT INTO paper_messages(message_id, channel_id, paper_ids, sent_at) VALUES(@message, @channel, @papers, @now)
        ON CONFLICT(message_id) DO UPDATE SET channel_id = excluded.channel_id, paper_ids = excluded.paper_ids, sent_at = excluded.sent_at
        """;

    private const string AddSql = """
        INSERT INTO paper_votes(message_id, member_id, channel_id, paper_id, voted_at)
        SELECT message_id, @member, channel_id, paper_ids[1], @now FROM paper_messages WHERE message_id = @message
        ON CONFLICT DO NOTHING
        """;

    private const string TopSql = """
        SELECT paper_id, count(DISTINCT member_id)::int AS votes FROM paper_votes WHERE channel_id = @channel AND voted_at >= @since
        GROUP BY paper_id ORDER BY votes DESC, max(voted_at) DESC LIMIT @limit
        """;

    public async Task RecordMessageAsync(string channelId, string messageId, IReadOnlyList<long> paperIds, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        ArgumentNullException.ThrowIfNull(paperIds);
        if (paperIds.Count == 0)
        {
            return;
        }

        await database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(connection, RecordSql)
                    .With("message", NpgsqlDbType.Text, messageId)
                    .With("channel", NpgsqlDbType.Text, channelId)
                    .With("papers", NpgsqlDbType.Array | NpgsqlDbType.Bigint, paperIds.ToArray())
                    .With("now", NpgsqlDbType.TimestampTz, Sql.Utc(time.GetUtcNow()));
                return await command.ExecuteNonQueryAsync(token);
            },
            cancellationToken);
    }

    public Task<bool> AddAsync(string messageId, string memberId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        return database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(connection, AddSql)
                    .With("message", NpgsqlDbType.Text, messageId)
                    .With("member", NpgsqlDbType.Text, memberId)
                    .With("now", NpgsqlDbType.TimestampTz, Sql.Utc(time.GetUtcNow()));
                return await command.ExecuteNonQueryAsync(token) == 1;
            },
            cancellationToken);
    }

    public Task<bool> RemoveAsync(string messageId, string memberId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        return database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(connection, "DELETE FROM paper_votes WHERE message_id = @message AND member_id = @member")
                    .With("message", NpgsqlDbType.Text, messageId)
                    .With("member", NpgsqlDbType.Text, memberId);
                return await command.ExecuteNonQueryAsync(token) == 1;
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<long>> PapersOfAsync(string messageId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        return database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(connection, "SELECT paper_ids FROM paper_messages WHERE message_id = @message")
                    .With("message", NpgsqlDbType.Text, messageId);
                return (IReadOnlyList<long>)(await command.ExecuteScalarAsync(token) as long[] ?? []);
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<(long PaperId, int Votes)>> TopAsync(string channelId, DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        return database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(connection, TopSql)
                    .With("channel", NpgsqlDbType.Text, channelId)
                    .With("since", NpgsqlDbType.TimestampTz, Sql.Utc(since))
                    .With("limit", NpgsqlDbType.Integer, Math.Max(0, limit));
                await using var reader = await command.ExecuteReaderAsync(token);
                var top = new List<(long, int)>();
                while (await reader.ReadAsync(token))
                {
                    top.Add((reader.GetInt64(0), reader.GetInt32(1)));
                }

                return (IReadOnlyList<(long, int)>)top;
            },
            cancellationToken);
    }
}
