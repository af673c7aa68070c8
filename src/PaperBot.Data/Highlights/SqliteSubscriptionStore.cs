using PaperBot.Core.Highlights;
using PaperBot.Data.Database;

namespace PaperBot.Data.Highlights;

/// <summary>
/// Subscriptions in the database: one per channel and topic (the topic compared as <see cref="SubscriptionRules.TopicKey"/>).
/// Every change is signalled, so the scheduler in this process plans it at once.
/// </summary>
internal sealed class SqliteSubscriptionStore(SqliteDatabase database, TimeProvider time, SubscriptionChangeSignal changes) : ISubscriptionStore
{
    private const string UpsertSql = """
        INSERT INTO subscriptions(guild_id, channel_id, post_at, time_zone, topic, topic_key, count, skip_empty_days, paused_reason, created_at, saved_at)
        VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, NULL, ?9, ?9)
        ON CONFLICT(channel_id, topic_key) DO UPDATE SET
            guild_id = excluded.guild_id, post_at = excluded.post_at, time_zone = excluded.time_zone, topic = excluded.topic,
            count = excluded.count, skip_empty_days = excluded.skip_empty_days, paused_reason = NULL, saved_at = excluded.saved_at
        """;

    /// <summary>Saves (adds, or updates and resumes) a subscription. Throws <see cref="ArgumentException"/> with <see cref="SubscriptionRules.Validate"/>'s line when it is invalid.</summary>
    public Task<Subscription> SaveAsync(SubscriptionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        if (SubscriptionRules.Validate(request) is { } error)
        {
            throw new ArgumentException(error);
        }

        var topic = SubscriptionRules.NormalizeTopic(request.Topic);
        var key = SubscriptionRules.TopicKey(topic);
        var channel = request.ChannelId.Trim();
        var zone = SubscriptionRules.FindTimeZone(request.TimeZoneId).Id;
        var row = database.Write(c =>
        {
            c.Execute(
                UpsertSql,
                request.GuildId.Trim(),
                channel,
                StoredTime.FormatTime(request.PostAt),
                zone,
                topic,
                key,
                request.Count,
                request.SkipEmptyDays,
                StoredTime.Format(time.GetUtcNow()));
            return c.Query<SubscriptionRow>($"SELECT {SubscriptionRow.Columns} FROM subscriptions WHERE channel_id = ? AND topic_key = ?", channel, key)[0];
        });
        changes.Notify();
        return Task.FromResult(row.ToSubscription());
    }

    public Task<int> RemoveAsync(string guildId, string channelId, string? topic, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(guildId);
        ArgumentNullException.ThrowIfNull(channelId);
        cancellationToken.ThrowIfCancellationRequested();
        var removed = database.Write(c => topic is null
            ? c.Execute("DELETE FROM subscriptions WHERE guild_id = ? AND channel_id = ?", guildId.Trim(), channelId.Trim())
            : c.Execute(
                "DELETE FROM subscriptions WHERE guild_id = ? AND channel_id = ? AND topic_key = ?",
                guildId.Trim(),
                channelId.Trim(),
                SubscriptionRules.TopicKey(topic)));
        if (removed > 0)
        {
            changes.Notify();
        }

        return Task.FromResult(removed);
    }

    public Task<IReadOnlyList<Subscription>> ListAsync(string? guildId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var rows = database.Read(c => c.Query<SubscriptionRow>(
            $"SELECT {SubscriptionRow.Columns} FROM subscriptions WHERE ?1 IS NULL OR guild_id = ?1 ORDER BY guild_id, channel_id, topic_key",
            guildId));
        IReadOnlyList<Subscription> subscriptions = rows.Select(r => r.ToSubscription()).ToList();
        return Task.FromResult(subscriptions);
    }

    public Task PauseAsync(long subscriptionId, string reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        cancellationToken.ThrowIfCancellationRequested();
        database.Write(c => c.Execute("UPDATE subscriptions SET paused_reason = ? WHERE id = ?", reason, subscriptionId));
        changes.Notify();
        return Task.CompletedTask;
    }
}
