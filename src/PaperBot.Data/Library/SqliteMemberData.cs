using PaperBot.Core.Library;
using PaperBot.Data.Database;

namespace PaperBot.Data.Library;

/// <summary>Deletes one member's rows from every table that holds any, in one transaction.</summary>
internal sealed class SqliteMemberData(SqliteDatabase database) : IMemberData
{
    public Task<int> ForgetAsync(string memberId, IReadOnlyList<string> conversationIds, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        ArgumentNullException.ThrowIfNull(conversationIds);
        cancellationToken.ThrowIfCancellationRequested();
        var deleted = database.Write(c =>
        {
            var rows = 0;
            c.RunInTransaction(() =>
            {
                rows += c.Execute("DELETE FROM library_items WHERE member_id = ?", memberId);
                rows += c.Execute("DELETE FROM paper_votes WHERE member_id = ?", memberId);
                rows += c.Execute("DELETE FROM reading_list_items WHERE added_by = ?", memberId);
                rows += c.Execute("DELETE FROM follows WHERE member_id = ?", memberId);
                rows += c.Execute("DELETE FROM digest_posts WHERE member_id = ?", memberId);
                // The DMs recorded for the member (schema v7) are theirs even when the caller did not name them.
                var direct = c.QueryScalars<string>("SELECT channel_id FROM member_channels WHERE member_id = ?", memberId);
                foreach (var conversation in conversationIds.Union(direct, StringComparer.Ordinal))
                {
                    rows += c.Execute("DELETE FROM conversation_turns WHERE conversation_id = ?", conversation);
                    rows += c.Execute("DELETE FROM conversation_shown WHERE conversation_id = ?", conversation);

                    // PaperBot's paper messages in the member's DMs (and any votes on them) are that conversation too.
                    rows += c.Execute("DELETE FROM paper_votes WHERE channel_id = ?", conversation);
                    rows += c.Execute("DELETE FROM paper_messages WHERE channel_id = ?", conversation);
                }

                rows += c.Execute("DELETE FROM member_channels WHERE member_id = ?", memberId);
            });
            return rows;
        });
        return Task.FromResult(deleted);
    }
}
