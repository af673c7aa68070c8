using PaperBot.Core.Library;
using PaperBot.Data.Database;

namespace PaperBot.Data.Library;

/// <summary>Members' DM channels in <c>member_channels</c> (schema v7).</summary>
internal sealed class SqliteMemberChannels(SqliteDatabase database) : IMemberChannels
{
    public Task RecordDirectAsync(string memberId, string channelId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        cancellationToken.ThrowIfCancellationRequested();
        database.Write(c => c.Execute("INSERT OR IGNORE INTO member_channels(member_id, channel_id) VALUES(?, ?)", memberId, channelId));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> DirectChannelsAsync(string memberId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<string> channels = database.Read(c => c.QueryScalars<string>("SELECT channel_id FROM member_channels WHERE member_id = ? ORDER BY channel_id", memberId));
        return Task.FromResult(channels);
    }
}
