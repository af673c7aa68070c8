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
                foreach (var conversation in conversationIds)
                {
                    rows += c.Execute("DELETE FROM conversation_turns WHERE conversation_id = ?", conversation);
                    rows += c.Execute("DELETE FROM conversation_shown WHERE conversation_id = ?", conversation);
                }
            });
            return rows;
        });
        return Task.FromResult(deleted);
    }
}
