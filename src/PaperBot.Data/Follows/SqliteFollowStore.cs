using PaperBot.Core.Follows;
using PaperBot.Data.Database;
using PaperBot.Data.Highlights;
using PaperBot.Data.Papers;

namespace PaperBot.Data.Follows;

/// <summary>Members' follows in <c>follows</c>: one row per (member, kind, name or topic as compared).</summary>
internal sealed class SqliteFollowStore(SqliteDatabase database, TimeProvider time) : IFollowStore
{
    private const string SelectSql = $"SELECT {FollowRow.Columns} FROM follows";

    public Task<FollowOutcome> AddAsync(string memberId, FollowKind kind, string text, DigestPeriod period, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        if (FollowRules.Validate(kind, text) is { } invalid)
        {
            throw new ArgumentException(invalid, nameof(text));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var trimmed = text.Trim();
        var key = FollowRules.Key(trimmed);
        var kindText = Format(kind);
        var periodText = Format(period);
        var outcome = database.Write(c =>
        {
            // A follow the member has already gets the new period, and is resumed or paused with the others.
            if (c.Execute("UPDATE follows SET period = ?, text = ? WHERE member_id = ? AND kind = ? AND text_key = ?", periodText, trimmed, memberId, kindText, key) > 0)
            {
                return FollowOutcome.Updated;
            }

            if (c.ExecuteScalar<int>("SELECT COUNT(*) FROM follows WHERE member_id = ?", memberId) >= FollowRules.MaxFollows)
            {
                return FollowOutcome.TooMany;
            }

            var paused = c.ExecuteScalar<string?>("SELECT paused_reason FROM follows WHERE member_id = ? AND paused_reason IS NOT NULL LIMIT 1", memberId);
            c.Execute(
                "INSERT INTO follows(member_id, kind, text, text_key, period, paused_reason, created_at) VALUES(?, ?, ?, ?, ?, ?, ?)",
                memberId, kindText, trimmed, key, periodText, paused, StoredTime.Format(time.GetUtcNow()));
            return FollowOutcome.Followed;
        });
        return Task.FromResult(outcome);
    }

    public Task<IReadOnlyList<Follow>> ListAsync(string? memberId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var rows = database.Read(c => memberId is null
            ? c.Query<FollowRow>($"{SelectSql} ORDER BY member_id, id")
            : c.Query<FollowRow>($"{SelectSql} WHERE member_id = ? ORDER BY id", memberId));
        IReadOnlyList<Follow> follows = rows.Select(r => r.ToFollow()).ToList();
        return Task.FromResult(follows);
    }

    public Task<bool> RemoveAsync(string memberId, long followId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var removed = database.Write(c => c.Execute("DELETE FROM follows WHERE member_id = ? AND id = ?", memberId, followId));
        return Task.FromResult(removed > 0);
    }

    public Task PauseAsync(string memberId, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reason);
        cancellationToken.ThrowIfCancellationRequested();
        database.Write(c => c.Execute("UPDATE follows SET paused_reason = ? WHERE member_id = ?", reason, memberId));
        return Task.CompletedTask;
    }

    public Task<int> ResumeAsync(string memberId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var resumed = database.Write(c => c.Execute("UPDATE follows SET paused_reason = NULL WHERE member_id = ? AND paused_reason IS NOT NULL", memberId));
        return Task.FromResult(resumed);
    }

    public Task<(int WithNames, int ByAuthor)> AuthorCoverageAsync(string author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(author);
        cancellationToken.ThrowIfCancellationRequested();
        // Every paper with names is read: LIKE cannot compare without accents, and this runs once per /follow author.
        var coverage = database.Read(c =>
        {
            var lists = c.QueryScalars<string>("SELECT authors FROM papers WHERE authors IS NOT NULL AND authors <> '[]'");
            return (lists.Count, lists.Count(json => FollowRules.IsAuthor(author, PaperRowMapper.ParseList(json))));
        });
        return Task.FromResult(coverage);
    }

    private static string Format(FollowKind kind) => kind.ToString().ToLowerInvariant();

    private static string Format(DigestPeriod period) => period.ToString().ToLowerInvariant();
}
