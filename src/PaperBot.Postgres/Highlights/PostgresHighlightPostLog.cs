using NpgsqlTypes;
using PaperBot.Core.Highlights;
using PaperBot.Postgres.Database;

namespace PaperBot.Postgres.Highlights;

/// <summary>
/// The post log in <c>highlight_posts</c>: one row per (subscription, local day), unique, so no day is ever logged twice;
/// a row leaves <c>sent</c> and <c>skipped</c> never. <see cref="BeginAsync"/> claims the row for this instance (one per
/// process) in one <c>INSERT … ON CONFLICT DO UPDATE … WHERE</c>: PostgreSQL locks the row, so of two processes
/// beginning together exactly one gets the claim, and the other sees it and does not send. A dead process's claim is
/// taken over once its lease has lapsed; the re-send keeps the first nonce, which Discord dedupes.
/// </summary>
internal sealed class PostgresHighlightPostLog(PostgresDatabase database, TimeProvider time, PostClaimLease lease) : IHighlightPostLog
{
    private const string BeginSql = $"""
        INSERT INTO highlight_posts AS p(subscription_id, local_day, nonce, state, attempts, paper_ids, created_at, updated_at, claimed_by, claimed_until)
        VALUES(@subscription, @day, @nonce, 'sending', 1, @papers, @now, @now, @owner, @until)
        ON CONFLICT(subscription_id, local_day) DO UPDATE SET
            state = 'sending', attempts = p.attempts + 1, paper_ids = excluded.paper_ids, reason = NULL, next_attempt_at = NULL,
            updated_at = excluded.updated_at, claimed_by = excluded.claimed_by, claimed_until = excluded.claimed_until
        WHERE p.state = 'failed'
           OR (p.state = 'sending' AND (p.claimed_by IS NULL OR p.claimed_by = excluded.claimed_by OR p.claimed_until <= excluded.updated_at))
        """;

    private const string SkipSql = """
        INSERT INTO highlight_posts AS p(subscription_id, local_day, nonce, state, attempts, reason, created_at, updated_at)
        VALUES(@subscription, @day, @nonce, 'skipped', 0, @reason, @now, @now)
        ON CONFLICT(subscription_id, local_day) DO UPDATE SET
            state = 'skipped', reason = excluded.reason, next_attempt_at = NULL, updated_at = excluded.updated_at,
            claimed_by = NULL, claimed_until = NULL
        WHERE p.state <> 'sent'
        """;

    private const string SelectSql = $"SELECT {PostLogReader.Columns} FROM highlight_posts";

    private readonly PostClaim _claim = new(lease);

    public async Task<PostLogEntry?> GetAsync(long subscriptionId, DateOnly day, CancellationToken cancellationToken)
    {
        var entries = await database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(connection, $"{SelectSql} WHERE subscription_id = @subscription AND local_day = @day")
                    .With("subscription", NpgsqlDbType.Bigint, subscriptionId)
                    .With("day", NpgsqlDbType.Date, day);
                return await PostLogReader.ReadAllAsync(command, _claim.Owner, time.GetUtcNow(), token);
            },
            cancellationToken);
        return entries.Count == 0 ? null : entries[0];
    }

    public async Task<PostLogEntry> BeginAsync(long subscriptionId, DateOnly day, string nonce, IReadOnlyList<long> paperIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nonce);
        ArgumentNullException.ThrowIfNull(paperIds);
        var now = time.GetUtcNow();
        return await _claim.BeginAsync(
            database,
            (BeginSql, $"{SelectSql} WHERE subscription_id = @subscription AND local_day = @day"),
            c => c.With("subscription", NpgsqlDbType.Bigint, subscriptionId).With("day", NpgsqlDbType.Date, day),
            (nonce, paperIds, now),
            async (read, token) => (await PostLogReader.ReadAllAsync(read, _claim.Owner, now, token))[0],
            cancellationToken);
    }

    public async Task MarkSentAsync(long entryId, string channelId, string? messageId, IReadOnlyList<long> paperIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        ArgumentNullException.ThrowIfNull(paperIds);
        var now = Sql.Utc(time.GetUtcNow());

        // One transaction: the post counts as sent exactly when its papers count as shown to the channel.
        await database.InTransactionAsync(
            async (connection, transaction, token) =>
            {
                await using (var sent = Sql.Command(
                    connection,
                    """
                    UPDATE highlight_posts SET state = 'sent', message_id = @message, paper_ids = @papers, reason = NULL, next_attempt_at = NULL,
                        updated_at = @now, claimed_by = NULL, claimed_until = NULL
                    WHERE id = @id
                    """,
                    transaction))
                {
                    sent.With("message", NpgsqlDbType.Text, messageId)
                        .With("papers", NpgsqlDbType.Array | NpgsqlDbType.Bigint, paperIds.Count == 0 ? null : paperIds.ToArray())
                        .With("now", NpgsqlDbType.TimestampTz, now)
                        .With("id", NpgsqlDbType.Bigint, entryId);
                    await sent.ExecuteNonQueryAsync(token);
                }

                await using var posted = Sql.Command(
                        connection,
                        "INSERT INTO posted_papers(channel_id, paper_id, posted_at) SELECT @channel, unnest(@papers), @now ON CONFLICT DO NOTHING",
                        transaction)
                    .With("channel", NpgsqlDbType.Text, channelId)
                    .With("papers", NpgsqlDbType.Array | NpgsqlDbType.Bigint, paperIds.ToArray())
                    .With("now", NpgsqlDbType.TimestampTz, now);
                return await posted.ExecuteNonQueryAsync(token);
            },
            cancellationToken);
    }

    public async Task MarkFailedAsync(long entryId, string reason, DateTimeOffset? retryAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reason);
        await database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(
                        connection,
                        """
                        UPDATE highlight_posts SET state = 'failed', reason = @reason, next_attempt_at = @retry, updated_at = @now,
                            claimed_by = NULL, claimed_until = NULL
                        WHERE id = @id AND state = 'sending'
                        """)
                    .With("reason", NpgsqlDbType.Text, reason)
                    .With("retry", NpgsqlDbType.TimestampTz, retryAt is { } at ? Sql.Utc(at) : null)
                    .With("now", NpgsqlDbType.TimestampTz, Sql.Utc(time.GetUtcNow()))
                    .With("id", NpgsqlDbType.Bigint, entryId);
                return await command.ExecuteNonQueryAsync(token);
            },
            cancellationToken);
    }

    public async Task SkipAsync(long subscriptionId, DateOnly day, string nonce, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nonce);
        ArgumentNullException.ThrowIfNull(reason);
        await database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(connection, SkipSql)
                    .With("subscription", NpgsqlDbType.Bigint, subscriptionId)
                    .With("day", NpgsqlDbType.Date, day)
                    .With("nonce", NpgsqlDbType.Text, nonce)
                    .With("reason", NpgsqlDbType.Text, reason)
                    .With("now", NpgsqlDbType.TimestampTz, Sql.Utc(time.GetUtcNow()));
                return await command.ExecuteNonQueryAsync(token);
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<PostLogEntry>> ListAsync(long subscriptionId, CancellationToken cancellationToken) =>
        await database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(connection, $"{SelectSql} WHERE subscription_id = @subscription ORDER BY local_day DESC")
                    .With("subscription", NpgsqlDbType.Bigint, subscriptionId);
                return await PostLogReader.ReadAllAsync(command, _claim.Owner, time.GetUtcNow(), token);
            },
            cancellationToken);
}
