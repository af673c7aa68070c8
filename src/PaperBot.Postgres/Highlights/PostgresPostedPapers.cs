using NpgsqlTypes;
using PaperBot.Core.Highlights;
using PaperBot.Postgres.Database;

namespace PaperBot.Postgres.Highlights;

/// <summary>The papers each channel was shown, from <c>posted_papers</c> (written with the post log's <c>sent</c>).</summary>
internal sealed class PostgresPostedPapers(PostgresDatabase database) : IPostedPapers
{
    public async Task<IReadOnlySet<long>> PostedSinceAsync(string channelId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        return await database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(connection, "SELECT DISTINCT paper_id FROM posted_papers WHERE channel_id = @channel AND posted_at >= @since")
                    .With("channel", NpgsqlDbType.Text, channelId)
                    .With("since", NpgsqlDbType.TimestampTz, Sql.Utc(since));
                return (IReadOnlySet<long>)await command.ReadIdSetAsync(token);
            },
            cancellationToken);
    }
}
