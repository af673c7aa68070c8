using NpgsqlTypes;
using PaperBot.Core.Highlights;
using PaperBot.Postgres.Database;

namespace PaperBot.Postgres.Highlights;

/// <summary>
/// Subscriptions in PostgreSQL: one per channel and topic (the topic compared as <see cref="SubscriptionRules.TopicKey"/>).
/// Every change is signalled, so the scheduler in this process plans it at once.
/// </summary>
internal sealed class PostgresSubscriptionStore(PostgresDatabase database, TimeProvider time, SubscriptionChangeSignal changes) : ISubscriptionStore
{
    private const string UpsertSql = $"""
        INSERT INTO subscriptions(guild_id, channel_id, post_at, time_zone, topic, topic_key, count, skip_empty_days, paused_reason, created_at, saved_at)
        VALUES(@guild, @channel, @post_at, @zone, @topic, @key, @count, @skip, NULL, @now, @now)
        ON CONFLICT(channel_id, topic_key) DO UPDATE SET
            guild_id = excluded.guild_id, post_at = excluded.post_at, time_zone = excluded.time_zone, topic = excluded.topic,
            count = excluded.count, skip_empty_days = excluded.skip_empty_days, paused_reason = NULL, saved_at = excluded.saved_at
        RETURNING {SubscriptionReader.Columns}
        """;

    // COLLATE "C": the same order as SQLite's, whatever the server's locale.
    private const string ListSql = $"""
        SELECT {SubscriptionReader.Columns} FROM subscriptions WHERE @guild IS NULL OR guild_id = @guild
        ORDER BY guild_id COLLATE "C", channel_id COLLATE "C", topic_key COLLATE "C"
        """;

    /// <summary>Saves (adds, or updates and resumes) a subscription. Throws <see cref="ArgumentException"/> with <see cref="SubscriptionRules.Validate"/>'s line when it is invalid.</summary>
    public async Task<Subscription> SaveAsync(SubscriptionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (SubscriptionRules.Validate(request) is { } error)
        {
            throw new ArgumentException(error);
        }

        var topic = SubscriptionRules.NormalizeTopic(request.Topic);
        var saved = await database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(connection, UpsertSql)
                    .With("guild", NpgsqlDbType.Text, request.GuildId.Trim())
                    .With("channel", NpgsqlDbType.Text, request.ChannelId.Trim())
                    .With("post_at", NpgsqlDbType.Time, new TimeOnly(request.PostAt.Hour, request.PostAt.Minute)) // minutes, as posts are scheduled
                    .With("zone", NpgsqlDbType.Text, SubscriptionRules.FindTimeZone(request.TimeZoneId).Id)
                    .With("topic", NpgsqlDbType.Text, topic)
                    .With("key", NpgsqlDbType.Text, SubscriptionRules.TopicKey(topic))
                    .With("count", NpgsqlDbType.Integer, request.Count)
                    .With("skip", NpgsqlDbType.Boolean, request.SkipEmptyDays)
                    .With("now", NpgsqlDbType.TimestampTz, Sql.Utc(time.GetUtcNow()));
                return (await SubscriptionReader.ReadAllAsync(command, token))[0];
            },
            cancellationToken);
        changes.Notify();
        return saved;
    }

    public async Task<int> RemoveAsync(string guildId, string channelId, string? topic, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(guildId);
        ArgumentNullException.ThrowIfNull(channelId);
        var removed = await database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(
                        connection,
                        "DELETE FROM subscriptions WHERE guild_id = @guild AND channel_id = @channel AND (@key IS NULL OR topic_key = @key)")
                    .With("guild", NpgsqlDbType.Text, guildId.Trim())
                    .With("channel", NpgsqlDbType.Text, channelId.Trim())
                    .With("key", NpgsqlDbType.Text, topic is null ? null : SubscriptionRules.TopicKey(topic));
                return await command.ExecuteNonQueryAsync(token);
            },
            cancellationToken);
        if (removed > 0)
        {
            changes.Notify();
        }

        return removed;
    }

    public async Task<IReadOnlyList<Subscription>> ListAsync(string? guildId, CancellationToken cancellationToken) =>
        await database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(connection, ListSql).With("guild", NpgsqlDbType.Text, guildId);
                return await SubscriptionReader.ReadAllAsync(command, token);
            },
            cancellationToken);

    public async Task PauseAsync(long subscriptionId, string reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        await database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(connection, "UPDATE subscriptions SET paused_reason = @reason WHERE id = @id")
                    .With("reason", NpgsqlDbType.Text, reason)
                    .With("id", NpgsqlDbType.Bigint, subscriptionId);
                return await command.ExecuteNonQueryAsync(token);
            },
            cancellationToken);
        changes.Notify();
    }
}
