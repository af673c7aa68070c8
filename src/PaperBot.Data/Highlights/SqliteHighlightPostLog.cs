using PaperBot.Core.Highlights;
using PaperBot.Data.Database;

namespace PaperBot.Data.Highlights;

/// <summary>
/// The post log in <c>highlight_posts</c>: one row per (subscription, local day), unique, so whatever happens no day
/// is ever logged twice; a row leaves <c>sent</c> and <c>skipped</c> never. <see cref="BeginAsync"/> claims the row for
/// this instance (one per process) until the lease lapses, so two processes on one file never send the same post.
/// </summary>
internal sealed class SqliteHighlightPostLog(SqliteDatabase database, TimeProvider time, PostClaimLease? lease = null) : IHighlightPostLog
{
    // A row is (re)claimed when it failed, or is being sent by nobody, by this process, or by one whose lease lapsed.
    private const string BeginSql = """
        INSERT INTO highlight_posts(subscription_id, local_day, nonce, state, attempts, paper_ids, created_at, updated_at, claimed_by, claimed_until)
        VALUES(?1, ?2, ?3, 'sending', 1, ?4, ?5, ?5, ?6, ?7)
        ON CONFLICT(subscription_id, local_day) DO UPDATE SET
            state = 'sending', attempts = attempts + 1, paper_ids = excluded.paper_ids, reason = NULL, next_attempt_at = NULL,
            updated_at = excluded.updated_at, claimed_by = excluded.claimed_by, claimed_until = excluded.claimed_until
        WHERE state = 'failed'
           OR (state = 'sending' AND (claimed_by IS NULL OR claimed_by = excluded.claimed_by OR claimed_until <= excluded.updated_at))
        """;

    private const string SkipSql = """
        INSERT INTO highlight_posts(subscription_id, local_day, nonce, state, attempts, reason, created_at, updated_at)
        VALUES(?1, ?2, ?3, 'skipped', 0, ?4, ?5, ?5)
        ON CONFLICT(subscription_id, local_day) DO UPDATE SET
            state = 'skipped', reason = excluded.reason, next_attempt_at = NULL, updated_at = excluded.updated_at,
            claimed_by = NULL, claimed_until = NULL
        WHERE state <> 'sent'
        """;

    private const string SelectSql = $"SELECT {PostLogRow.Columns} FROM highlight_posts";

    private readonly string _owner = PostClaimOwner.New();
    private readonly TimeSpan _lease = (lease ?? PostClaimLease.Default).Duration;

    public Task<PostLogEntry?> GetAsync(long subscriptionId, DateOnly day, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var rows = database.Read(c => c.Query<PostLogRow>(
            $"{SelectSql} WHERE subscription_id = ? AND local_day = ?", subscriptionId, StoredTime.FormatDay(day)));
        return Task.FromResult(rows.Count == 0 ? null : rows[0].ToEntry(_owner, time.GetUtcNow()));
    }

    public Task<PostLogEntry> BeginAsync(long subscriptionId, DateOnly day, string nonce, IReadOnlyList<long> paperIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nonce);
        ArgumentNullException.ThrowIfNull(paperIds);
        cancellationToken.ThrowIfCancellationRequested();
        var localDay = StoredTime.FormatDay(day);
        var now = time.GetUtcNow();
        var row = database.Write(c =>
        {
            c.Execute(BeginSql, subscriptionId, localDay, nonce, StoredIds.Format(paperIds), StoredTime.Format(now), _owner, StoredTime.Format(now + _lease));
            return c.Query<PostLogRow>($"{SelectSql} WHERE subscription_id = ? AND local_day = ?", subscriptionId, localDay)[0];
        });
        return Task.FromResult(row.ToEntry(_owner, now));
    }

    public Task MarkSentAsync(long entryId, string channelId, string? messageId, IReadOnlyList<long> paperIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        ArgumentNullException.ThrowIfNull(paperIds);
        cancellationToken.ThrowIfCancellationRequested();
        var now = StoredTime.Format(time.GetUtcNow());
        database.Write(c =>
        {
            // One transaction: the post counts as sent exactly when its papers count as shown to the channel.
            c.Execute(
                "UPDATE highlight_posts SET state = 'sent', message_id = ?, paper_ids = ?, reason = NULL, next_attempt_at = NULL, updated_at = ?, claimed_by = NULL, claimed_until = NULL WHERE id = ?",
                messageId,
                StoredIds.Format(paperIds),
                now,
                entryId);
            foreach (var paperId in paperIds)
            {
                c.Execute("INSERT OR IGNORE INTO posted_papers(channel_id, paper_id, posted_at) VALUES(?, ?, ?)", channelId, paperId, now);
            }

            return 0;
        });
        return Task.CompletedTask;
    }

    public Task MarkFailedAsync(long entryId, string reason, DateTimeOffset? retryAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reason);
        cancellationToken.ThrowIfCancellationRequested();
        database.Write(c => c.Execute(
            "UPDATE highlight_posts SET state = 'failed', reason = ?, next_attempt_at = ?, updated_at = ?, claimed_by = NULL, claimed_until = NULL WHERE id = ? AND state = 'sending'",
            reason,
            retryAt is { } at ? StoredTime.Format(at) : null,
            StoredTime.Format(time.GetUtcNow()),
            entryId));
        return Task.CompletedTask;
    }

    public Task SkipAsync(long subscriptionId, DateOnly day, string nonce, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nonce);
        ArgumentNullException.ThrowIfNull(reason);
        cancellationToken.ThrowIfCancellationRequested();
        database.Write(c => c.Execute(SkipSql, subscriptionId, StoredTime.FormatDay(day), nonce, reason, StoredTime.Format(time.GetUtcNow())));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PostLogEntry>> ListAsync(long subscriptionId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var rows = database.Read(c => c.Query<PostLogRow>($"{SelectSql} WHERE subscription_id = ? ORDER BY local_day DESC", subscriptionId));
        var now = time.GetUtcNow();
        IReadOnlyList<PostLogEntry> entries = rows.Select(r => r.ToEntry(_owner, now)).ToList();
        return Task.FromResult(entries);
    }
}
