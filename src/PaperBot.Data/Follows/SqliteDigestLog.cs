using PaperBot.Core.Follows;
using PaperBot.Data.Database;
using PaperBot.Data.Highlights;

namespace PaperBot.Data.Follows;

/// <summary>
/// The digest log in <c>digest_posts</c>: one row per (member, period), unique, so no period is ever logged twice; a
/// row leaves <c>sent</c> and <c>skipped</c> never, and a re-send keeps the papers first written.
/// </summary>
internal sealed class SqliteDigestLog(SqliteDatabase database, TimeProvider time) : IDigestLog
{
    private const string BeginSql = """
        INSERT INTO digest_posts(member_id, period_key, nonce, state, attempts, paper_ids, created_at, updated_at)
        VALUES(?1, ?2, ?3, 'sending', 1, ?4, ?5, ?5)
        ON CONFLICT(member_id, period_key) DO UPDATE SET
            state = 'sending', attempts = attempts + 1, reason = NULL, next_attempt_at = NULL, updated_at = excluded.updated_at
        WHERE state IN ('sending', 'failed')
        """;

    private const string SkipSql = """
        INSERT INTO digest_posts(member_id, period_key, nonce, state, attempts, reason, created_at, updated_at)
        VALUES(?1, ?2, ?3, 'skipped', 0, ?4, ?5, ?5)
        ON CONFLICT(member_id, period_key) DO NOTHING
        """;

    private const string SelectSql = $"SELECT {DigestLogRow.Columns} FROM digest_posts";

    public Task<DigestLogEntry?> GetAsync(string memberId, string periodKey, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var rows = database.Read(c => c.Query<DigestLogRow>($"{SelectSql} WHERE member_id = ? AND period_key = ?", memberId, periodKey));
        return Task.FromResult(rows.Count == 0 ? null : rows[0].ToEntry());
    }

    public Task<DigestLogEntry> BeginAsync(string memberId, string periodKey, string nonce, IReadOnlyList<long> paperIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nonce);
        ArgumentNullException.ThrowIfNull(paperIds);
        cancellationToken.ThrowIfCancellationRequested();
        var row = database.Write(c =>
        {
            c.Execute(BeginSql, memberId, periodKey, nonce, StoredIds.Format(paperIds), StoredTime.Format(time.GetUtcNow()));
            return c.Query<DigestLogRow>($"{SelectSql} WHERE member_id = ? AND period_key = ?", memberId, periodKey)[0];
        });
        return Task.FromResult(row.ToEntry());
    }

    public Task MarkSentAsync(long entryId, string? messageId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        database.Write(c => c.Execute(
            "UPDATE digest_posts SET state = 'sent', message_id = ?, reason = NULL, next_attempt_at = NULL, updated_at = ? WHERE id = ?",
            messageId,
            StoredTime.Format(time.GetUtcNow()),
            entryId));
        return Task.CompletedTask;
    }

    public Task MarkFailedAsync(long entryId, string reason, DateTimeOffset? retryAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reason);
        cancellationToken.ThrowIfCancellationRequested();
        database.Write(c => c.Execute(
            "UPDATE digest_posts SET state = 'failed', reason = ?, next_attempt_at = ?, updated_at = ? WHERE id = ? AND state = 'sending'",
            reason,
            retryAt is { } at ? StoredTime.Format(at) : null,
            StoredTime.Format(time.GetUtcNow()),
            entryId));
        return Task.CompletedTask;
    }

    public Task SkipAsync(string memberId, string periodKey, string nonce, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nonce);
        ArgumentNullException.ThrowIfNull(reason);
        cancellationToken.ThrowIfCancellationRequested();
        database.Write(c => c.Execute(SkipSql, memberId, periodKey, nonce, reason, StoredTime.Format(time.GetUtcNow())));
        return Task.CompletedTask;
    }

    public Task<IReadOnlySet<long>> SentPaperIdsAsync(string memberId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var rows = database.Read(c => c.Query<DigestLogRow>(
            $"{SelectSql} WHERE member_id = ? AND state IN ('sent', 'sending') AND created_at >= ?", memberId, StoredTime.Format(since)));
        IReadOnlySet<long> ids = rows.SelectMany(r => StoredIds.Parse(r.PaperIds)).ToHashSet();
        return Task.FromResult(ids);
    }
}
