using Npgsql;
using NpgsqlTypes;
using PaperBot.Core.Follows;
using PaperBot.Postgres.Database;

namespace PaperBot.Postgres.Follows;

/// <summary>Members' follows in <c>follows</c>: one row per (member, kind, name or topic as compared).</summary>
internal sealed class PostgresFollowStore(PostgresDatabase database, TimeProvider time) : IFollowStore
{
    private const string SelectSql = "SELECT id, member_id, kind, text, period, created_at, paused_reason FROM follows";

    /// <summary>The advisory lock of one member's follows (a hash of the id), so two adds cannot both pass the cap.</summary>
    private const string MemberLockSql = "SELECT pg_advisory_xact_lock(hashtextextended('follows:' || @member, 0))";

    public async Task<FollowOutcome> AddAsync(string memberId, FollowKind kind, string text, DigestPeriod period, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        if (FollowRules.Validate(kind, text) is { } invalid)
        {
            throw new ArgumentException(invalid, nameof(text));
        }

        var trimmed = text.Trim();
        var key = FollowRules.Key(trimmed);
        return await database.InTransactionAsync(
            async (connection, transaction, token) =>
            {
                await using (var serialize = Sql.Command(connection, MemberLockSql, transaction).With("member", NpgsqlDbType.Text, memberId))
                {
                    await serialize.ExecuteNonQueryAsync(token);
                }

                // A follow the member has already gets the new period, and is resumed or paused with the others.
                await using (var update = Sql.Command(connection, "UPDATE follows SET period = @period, text = @text WHERE member_id = @member AND kind = @kind AND text_key = @key", transaction))
                {
                    Bind(update, memberId, kind, trimmed, key, period);
                    if (await update.ExecuteNonQueryAsync(token) > 0)
                    {
                        return FollowOutcome.Updated;
                    }
                }

                await using (var count = Sql.Command(connection, "SELECT count(*) FROM follows WHERE member_id = @member", transaction).With("member", NpgsqlDbType.Text, memberId))
                {
                    if ((long)(await count.ExecuteScalarAsync(token))! >= FollowRules.MaxFollows)
                    {
                        return FollowOutcome.TooMany;
                    }
                }

                await using var insert = Sql.Command(
                    connection,
                    """
                    INSERT INTO follows(member_id, kind, text, text_key, period, paused_reason, created_at)
                    VALUES(@member, @kind, @text, @key, @period,
                           (SELECT paused_reason FROM follows WHERE member_id = @member AND paused_reason IS NOT NULL LIMIT 1), @now)
                    """,
                    transaction);
                Bind(insert, memberId, kind, trimmed, key, period).With("now", NpgsqlDbType.TimestampTz, Sql.Utc(time.GetUtcNow()));
                await insert.ExecuteNonQueryAsync(token);
                return FollowOutcome.Followed;
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<Follow>> ListAsync(string? memberId, CancellationToken cancellationToken) =>
        database.RunAsync(
            async (connection, token) =>
            {
                await using var command = memberId is null
                    ? Sql.Command(connection, $@"{SelectSql} ORDER BY member_id COLLATE ""C"", id")
                    : Sql.Command(connection, $"{SelectSql} WHERE member_id = @member ORDER BY id").With("member", NpgsqlDbType.Text, memberId);
                await using var reader = await command.ExecuteReaderAsync(token);
                var follows = new List<Follow>();
                while (await reader.ReadAsync(token))
                {
                    follows.Add(new Follow(
                        reader.GetInt64(0),
                        reader.GetString(1),
                        Enum.Parse<FollowKind>(reader.GetString(2), ignoreCase: true),
                        reader.GetString(3),
                        Enum.Parse<DigestPeriod>(reader.GetString(4), ignoreCase: true),
                        reader.Instant(5),
                        reader.OptionalString(6)));
                }

                return (IReadOnlyList<Follow>)follows;
            },
            cancellationToken);

    public async Task<bool> RemoveAsync(string memberId, long followId, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            "DELETE FROM follows WHERE member_id = @member AND id = @id",
            c => c.With("member", NpgsqlDbType.Text, memberId).With("id", NpgsqlDbType.Bigint, followId),
            cancellationToken) > 0;

    public async Task PauseAsync(string memberId, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reason);
        await ExecuteAsync(
            "UPDATE follows SET paused_reason = @reason WHERE member_id = @member",
            c => c.With("member", NpgsqlDbType.Text, memberId).With("reason", NpgsqlDbType.Text, reason),
            cancellationToken);
    }

    public Task<int> ResumeAsync(string memberId, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE follows SET paused_reason = NULL WHERE member_id = @member AND paused_reason IS NOT NULL",
            c => c.With("member", NpgsqlDbType.Text, memberId),
            cancellationToken);

    public Task<(int WithNames, int ByAuthor)> AuthorCoverageAsync(string author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(author);

        // Every paper with names is read: the comparison ignores accents as FollowRules does, and this runs once per /follow author.
        return database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(connection, "SELECT authors FROM papers WHERE cardinality(authors) > 0");
                await using var reader = await command.ExecuteReaderAsync(token);
                var (withNames, byAuthor) = (0, 0);
                while (await reader.ReadAsync(token))
                {
                    withNames++;
                    byAuthor += FollowRules.IsAuthor(author, reader.GetFieldValue<string[]>(0)) ? 1 : 0;
                }

                return (withNames, byAuthor);
            },
            cancellationToken);
    }

    private static NpgsqlCommand Bind(NpgsqlCommand command, string memberId, FollowKind kind, string text, string key, DigestPeriod period) => command
        .With("member", NpgsqlDbType.Text, memberId)
        .With("kind", NpgsqlDbType.Text, kind.ToString().ToLowerInvariant())
        .With("text", NpgsqlDbType.Text, text)
        .With("key", NpgsqlDbType.Text, key)
        .With("period", NpgsqlDbType.Text, period.ToString().ToLowerInvariant());

    private Task<int> ExecuteAsync(string sql, Func<NpgsqlCommand, NpgsqlCommand> bind, CancellationToken cancellationToken) =>
        database.RunAsync(
            async (connection, token) =>
            {
                await using var command = bind(Sql.Command(connection, sql));
                return await command.ExecuteNonQueryAsync(token);
            },
            cancellationToken);
}
