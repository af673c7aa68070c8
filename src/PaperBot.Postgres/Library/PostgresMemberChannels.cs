using NpgsqlTypes;
using PaperBot.Core.Library;
using PaperBot.Postgres.Database;

namespace PaperBot.Postgres.Library;

/// <summary>Members' DM channels in <c>member_channels</c>.</summary>
internal sealed class PostgresMemberChannels(PostgresDatabase database) : IMemberChannels
{
    public async Task RecordDirectAsync(string memberId, string channelId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        await database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(connection, "INSERT INTO member_channels(member_id, channel_id) VALUES(@member, @channel) ON CONFLICT DO NOTHING")
                    .With("member", NpgsqlDbType.Text, memberId)
                    .With("channel", NpgsqlDbType.Text, channelId);
                return await command.ExecuteNonQueryAsync(token);
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<string>> DirectChannelsAsync(string memberId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        return database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(connection, @"SELECT channel_id FROM member_channels WHERE member_id = @member ORDER BY channel_id COLLATE ""C""")
                    .With("member", NpgsqlDbType.Text, memberId);
                await using var reader = await command.ExecuteReaderAsync(token);
                var channels = new List<string>();
                while (await reader.ReadAsync(token))
                {
                    channels.Add(reader.GetString(0));
                }

                return (IReadOnlyList<string>)channels;
            },
            cancellationToken);
    }
}
