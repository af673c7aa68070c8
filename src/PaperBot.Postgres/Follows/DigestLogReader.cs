using Npgsql;
using PaperBot.Core.Follows;
using PaperBot.Core.Highlights;
using PaperBot.Postgres.Database;

namespace PaperBot.Postgres.Follows;

/// <summary>Rows of <c>digest_posts</c> as <see cref="DigestLogEntry"/>s, seen by one claim owner at one instant.</summary>
internal static class DigestLogReader
{
    public const string Columns = "id, member_id, period_key, nonce, state, paper_ids, attempts, reason, next_attempt_at, claimed_by, claimed_until";

    public static async Task<DigestLogEntry?> ReadOneAsync(NpgsqlCommand command, string owner, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var state = Enum.Parse<PostState>(reader.GetString(4), ignoreCase: true);
        var claimedBy = reader.OptionalString(9);
        var claimedUntil = state == PostState.Sending ? reader.OptionalInstant(10) : null;
        return new DigestLogEntry(
            reader.GetInt64(0),
            reader.GetString(1),
            reader.GetString(2),
            reader.GetString(3),
            state,
            reader.Ids(5),
            reader.GetInt32(6),
            reader.OptionalString(7),
            reader.OptionalInstant(8))
        {
            ClaimedUntil = claimedUntil,
            ClaimedElsewhere = claimedUntil > now && claimedBy is not null && claimedBy != owner,
        };
    }
}
