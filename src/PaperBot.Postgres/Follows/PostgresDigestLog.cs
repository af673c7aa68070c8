using NpgsqlTypes;
using PaperBot.Core.Follows;
using PaperBot.Core.Highlights;
using PaperBot.Postgres.Database;
using PaperBot.Postgres.Highlights;

namespace PaperBot.Postgres.Follows;

/// <summary>
/// The digest log in <c>digest_posts</c>: one row per (member, period), unique, so no period is ever logged twice; a
/// row leaves <c>sent</c> and <c>skipped</c> never, and a re-send keeps the papers first written. Digests go out on a
/// schedule in every PaperBot on the database, so <see cref="BeginAsync"/> claims the row for this process with a lease
/// (as <see cref="Highlights.PostgresHighlightPostLog"/> does): of two processes beginning together exactly one sends.
/// </summary>
internal sealed class PostgresDigestLog(PostgresDatabase database, TimeProvider time, PostClaimLease lease) : IDigestLog
{
    // A row being sent keeps its papers (the re-send must match what was logged); a failed one is begun again.
    private const string BeginSql = """
        INSERT INTO digest_posts AS d(member_id, period_key, nonce, state, attempts, paper_ids, created_at, updated_at, claimed_by, claimed_until)
        VALUES(@member, @period, @nonce, 'sending', 1, @papers, @now, @now, @owner, @until)
        ON CONFLICT(member_id, period_key) DO UPDATE SET
            state = 'sending', attempts = d.attempts + 1, reason = NULL, next_attempt_at = NULL, updated_at = excluded.updated_at,
            claimed_by = excluded.claimed_by, claimed_until = excluded.claimed_until
        WHERE d.state = 'failed'
           OR (d.state = 'sending' AND (d.claimed_by IS NULL OR d.claimed_by = excluded.claimed_by OR d.claimed_until <= excluded.updated_at))
        """;

    private const string SkipSql = """
        INSERT INTO digest_posts(member_id, period_key, nonce, state, attempts, reason, created_at, updated_at)
        VALUES(@member, @period, @nonce, 'skipped', 0, @reason, @now, @now)
        ON CONFLICT(member_id, period_key) DO NOTHING
        """;

    private const string SelectOneSql = $"SELECT {DigestLogReader.Columns} FROM digest_posts WHERE member_id = @member AND period_key = @period";

    private readonly PostClaim _claim = new(lease);

    public Task<DigestLogEntry?> GetAsync(string memberId, string periodKey, CancellationToken cancellationToken) =>
        database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(connection, SelectOneSql)
                    .With("member", NpgsqlDbType.Text, memberId)
                    .With("period", NpgsqlDbType.Text, periodKey);
                return await DigestLogReader.ReadOneAsync(command, _claim.Owner, time.GetUtcNow(), token);
            },
            cancellationToken);

    public async Task<DigestLogEntry> BeginAsync(string memberId, string periodKey, string nonce, IReadOnlyList<long> paperIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nonce);
        ArgumentNullException.ThrowIfNull(paperIds);
        var now = time.GetUtcNow();
        return await _claim.BeginAsync(
            database,
            (BeginSql, SelectOneSql),
            c => c.With("member", NpgsqlDbType.Text, memberId).With("period", NpgsqlDbType.Text, periodKey),
            (nonce, paperIds, now),
            async (read, token) => (await DigestLogReader.ReadOneAsync(read, _claim.Owner, now, token))!,
            cancellationToken);
    }

    public Task MarkSentAsync(long entryId, string? messageId, CancellationToken cancellationToken) =>
        ExecuteAsync(
            """
            UPDATE digest_posts SET state = 'sent', message_id = @message, reason = NULL, next_attempt_at = NULL, updated_at = @now,
                claimed_by = NULL, claimed_until = NULL
            WHERE id = @id
            """,
            c => c.With("message", NpgsqlDbType.Text, messageId).With("id", NpgsqlDbType.Bigint, entryId),
            cancellationToken);

    public Task MarkFailedAsync(long entryId, string reason, DateTimeOffset? retryAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return ExecuteAsync(
            """
            UPDATE digest_posts SET state = 'failed', reason = @reason, next_attempt_at = @retry, updated_at = @now,
                claimed_by = NULL, claimed_until = NULL
            WHERE id = @id AND state = 'sending'
            """,
            c => c.With("reason", NpgsqlDbType.Text, reason)
                .With("retry", NpgsqlDbType.TimestampTz, retryAt is { } at ? Sql.Utc(at) : null)
                .With("id", NpgsqlDbType.Bigint, entryId),
            cancellationToken);
    }

    public Task SkipAsync(string memberId, string periodKey, string nonce, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nonce);
        ArgumentNullException.ThrowIfNull(reason);
        return ExecuteAsync(
            SkipSql,
            c => c.With("member", NpgsqlDbType.Text, memberId)
                .With("period", NpgsqlDbType.Text, periodKey)
                .With("nonce", NpgsqlDbType.Text, nonce)
                .With("reason", NpgsqlDbType.Text, reason),
            cancellationToken);
    }

    public Task<IReadOnlySet<long>> SentPaperIdsAsync(string memberId, DateTimeOffset since, CancellationToken cancellationToken) =>
        database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(
                        connection,
                        "SELECT DISTINCT unnest(paper_ids) FROM digest_posts WHERE member_id = @member AND state IN ('sent', 'sending') AND created_at >= @since")
                    .With("member", NpgsqlDbType.Text, memberId)
                    .With("since", NpgsqlDbType.TimestampTz, Sql.Utc(since));
                return (IReadOnlySet<long>)await command.ReadIdSetAsync(token);
            },
            cancellationToken);

    /// <summary>Runs one statement with <c>@now</c> bound to the clock.</summary>
    private Task<int> ExecuteAsync(string sql, Func<Npgsql.NpgsqlCommand, Npgsql.NpgsqlCommand> bind, CancellationToken cancellationToken) =>
        database.RunAsync(
            async (connection, token) =>
            {
                await using var command = bind(Sql.Command(connection, sql)).With("now", NpgsqlDbType.TimestampTz, Sql.Utc(time.GetUtcNow()));
                return await command.ExecuteNonQueryAsync(token);
            },
            cancellationToken);
}
