using PaperBot.Core.Highlights;
using PaperBot.Data.Database;

namespace PaperBot.Data.Highlights;

/// <summary>The papers each channel was shown, from <c>posted_papers</c> (written with the post log's <c>sent</c>).</summary>
internal sealed class SqlitePostedPapers(SqliteDatabase database) : IPostedPapers
{
    public Task<IReadOnlySet<long>> PostedSinceAsync(string channelId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        cancellationToken.ThrowIfCancellationRequested();
        var ids = database.Read(c => c.QueryScalars<long>(
            "SELECT DISTINCT paper_id FROM posted_papers WHERE channel_id = ? AND posted_at >= ?", channelId, StoredTime.Format(since)));
        IReadOnlySet<long> set = ids.ToHashSet();
        return Task.FromResult(set);
    }
}
