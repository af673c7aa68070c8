using Npgsql;
using PaperBot.Core.Highlights;
using PaperBot.Postgres.Database;

namespace PaperBot.Postgres.Highlights;

/// <summary>Rows of <c>highlight_posts</c> as <see cref="PostLogEntry"/>s, seen by one claim owner at one instant.</summary>
internal static class PostLogReader
{
    public const string Columns =
        "id, subscription_id, local_day, nonce, state, message_id, attempts, reason, next_attempt_at, created_at, updated_at, claimed_by, claimed_until";

    public static async Task<List<PostLogEntry>> ReadAllAsync(NpgsqlCommand command, string owner, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<PostLogEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var state = Enum.Parse<PostState>(reader.GetString(4), ignoreCase: true);
            var claimedBy = reader.OptionalString(11);
            var claimedUntil = state == PostState.Sending ? reader.OptionalInstant(12) : null;
            entries.Add(new PostLogEntry(
                reader.GetInt64(0),
                reader.GetInt64(1),
                reader.GetFieldValue<DateOnly>(2),
                reader.GetString(3),
                state,
                reader.OptionalString(5),
                reader.GetInt32(6),
                reader.OptionalString(7),
                reader.Instant(9),
                reader.Instant(10),
                reader.OptionalInstant(8))
            {
                ClaimedUntil = claimedUntil,
                ClaimedElsewhere = claimedUntil > now && claimedBy is not null && claimedBy != owner,
            });
        }

        return entries;
    }
}
