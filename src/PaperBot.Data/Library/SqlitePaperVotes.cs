using PaperBot.Core.Library;
using PaperBot.Data.Database;
using PaperBot.Data.Highlights;

namespace PaperBot.Data.Library;

/// <summary>
/// Votes in <c>paper_votes</c>, keyed by (message, member) so a member's repeated reactions count once; only messages
/// recorded in <c>paper_messages</c> (PaperBot's own paper messages) take votes.
/// </summary>
internal sealed class SqlitePaperVotes(SqliteDatabase database, TimeProvider time) : IPaperVotes
{
    public Task RecordMessageAsync(string channelId, string messageId, IReadOnlyList<long> paperIds, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        ArgumentNullException.ThrowIfNull(paperIds);
        cancellationToken.ThrowIfCancellationRequested();
        if (paperIds.Count > 0)
        {
            database.Write(c => c.Execute(
                "INSERT OR REPLACE INTO paper_messages(message_id, channel_id, paper_ids, sent_at) VALUES(?, ?, ?, ?)",
                messageId, channelId, StoredIds.Format(paperIds), StoredTime.Format(time.GetUtcNow())));
        }

        return Task.CompletedTask;
    }

    public Task<bool> AddAsync(string messageId, string memberId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        cancellationToken.ThrowIfCancellationRequested();
        var added = database.Write(c => c.Execute(
            """
            INSERT OR IGNORE INTO paper_votes(message_id, member_id, channel_id, paper_id, voted_at)
            SELECT message_id, ?2, channel_id, CAST(substr(paper_ids || ',', 1, instr(paper_ids || ',', ',') - 1) AS INTEGER), ?3
            FROM paper_messages WHERE message_id = ?1
            """,
            messageId, memberId, StoredTime.Format(time.GetUtcNow())));
        return Task.FromResult(added == 1);
    }

    public Task<bool> RemoveAsync(string messageId, string memberId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(database.Write(c => c.Execute("DELETE FROM paper_votes WHERE message_id = ? AND member_id = ?", messageId, memberId)) == 1);
    }

    public Task<IReadOnlyList<long>> PapersOfAsync(string messageId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        cancellationToken.ThrowIfCancellationRequested();
        var stored = database.Read(c => c.ExecuteScalar<string?>("SELECT paper_ids FROM paper_messages WHERE message_id = ?", messageId));
        return Task.FromResult<IReadOnlyList<long>>(StoredIds.Parse(stored));
    }

    public Task<IReadOnlyList<(long PaperId, int Votes)>> TopAsync(string channelId, DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        cancellationToken.ThrowIfCancellationRequested();
        var rows = database.Read(c => c.Query<TopRow>(
            "SELECT paper_id AS PaperId, count(DISTINCT member_id) AS Votes FROM paper_votes WHERE channel_id = ? AND voted_at >= ? GROUP BY paper_id ORDER BY Votes DESC, max(voted_at) DESC LIMIT ?",
            channelId, StoredTime.Format(since), Math.Max(0, limit)));
        IReadOnlyList<(long, int)> top = rows.Select(r => (r.PaperId, r.Votes)).ToList();
        return Task.FromResult(top);
    }

    private sealed class TopRow
    {
        public long PaperId { get; set; }

        public int Votes { get; set; }
    }
}
