using Npgsql;
using PaperBot.Core.Highlights;
using PaperBot.Postgres.Database;

namespace PaperBot.Postgres.Highlights;

/// <summary>Rows of <c>subscriptions</c> as <see cref="Subscription"/>s.</summary>
internal static class SubscriptionReader
{
    public const string Columns =
        "id, guild_id, channel_id, post_at, time_zone, topic, count, skip_empty_days, paused_reason, created_at, saved_at";

    public static async Task<List<Subscription>> ReadAllAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var subscriptions = new List<Subscription>();
        while (await reader.ReadAsync(cancellationToken))
        {
            subscriptions.Add(new Subscription(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetFieldValue<TimeOnly>(3),
                reader.GetString(4),
                reader.OptionalString(5),
                reader.GetInt32(6),
                reader.GetBoolean(7),
                reader.Instant(9),
                reader.OptionalString(8))
            {
                SavedAt = reader.Instant(10),
            });
        }

        return subscriptions;
    }
}
