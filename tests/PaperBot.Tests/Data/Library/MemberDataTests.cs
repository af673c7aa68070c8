using PaperBot.Core.Chat;
using PaperBot.Core.Follows;
using PaperBot.Data.Follows;
using PaperBot.Data.Library;

namespace PaperBot.Tests.Data.Library;

public sealed class MemberDataTests : IDisposable
{
    private readonly TestStore _store = new();

    [Fact]
    public async Task ForgetAsync_TwoMembers_NoRowOfTheForgottenOneInAnyTableAndTheOtherUntouched()
    {
        await _store.Ingestor.IngestAsync([TestPaths.CorpusDir], CancellationToken.None);
        var ids = _store.Database.Read(c => c.QueryScalars<long>("SELECT id FROM papers ORDER BY id LIMIT 3"));
        var library = new SqliteLibraryStore(_store.Database, _store.Store, _store.Time);
        var lists = new SqliteReadingListStore(_store.Database, _store.Store, _store.Time);
        var votes = new SqlitePaperVotes(_store.Database, _store.Time);
        var conversations = _store.Conversations();
        var follows = new SqliteFollowStore(_store.Database, _store.Time);
        var digests = new SqliteDigestLog(_store.Database, _store.Time);
        foreach (var member in new[] { "gone", "stays" })
        {
            await library.SaveAsync(member, ids[0], ["t"], "n", CancellationToken.None);
            await lists.AddAsync("channel", member == "gone" ? ids[1] : ids[2], member, null, CancellationToken.None);
            await votes.RecordMessageAsync("channel", $"msg-{member}", [ids[0]], CancellationToken.None);
            await votes.AddAsync("msg-gone", member, CancellationToken.None);
            await conversations.AppendAsync($"dm-{member}", new ConversationTurn(ChatRole.User, "hello", [], _store.Time.GetUtcNow()), 10, CancellationToken.None);
            await conversations.SetShownAsync($"dm-{member}", [ids[0]], CancellationToken.None);
            await new SqliteMemberChannels(_store.Database).RecordDirectAsync(member, $"dm-{member}", CancellationToken.None);
            await follows.AddAsync(member, FollowKind.Topic, "diffusion", DigestPeriod.Weekly, CancellationToken.None);
            await digests.BeginAsync(member, "2026-W49", FollowRules.Nonce(member, "2026-W49"), [ids[0]], CancellationToken.None);
        }

        // No conversation named: the DM recorded for the member is found and forgotten all the same.
        var deleted = await new SqliteMemberData(_store.Database).ForgetAsync("gone", [], CancellationToken.None);

        Assert.Equal(8, deleted); // library, vote, reading-list entry, follow, digest log, DM turn, DM shown papers, the DM channel record
        foreach (var (table, column) in MemberColumns())
        {
            Assert.Equal(0, Count(table, column, "gone"));
        }

        Assert.Equal(0, Count("conversation_turns", "conversation_id", "dm-gone"));
        Assert.Equal(0, Count("conversation_shown", "conversation_id", "dm-gone"));
        Assert.Equal((1, 1), (Count("follows", "member_id", "stays"), Count("digest_posts", "member_id", "stays")));
        Assert.Equal((1, 1, 1, 1, 1), (Count("library_items", "member_id", "stays"), Count("paper_votes", "member_id", "stays"),
            Count("reading_list_items", "added_by", "stays"), Count("conversation_turns", "conversation_id", "dm-stays"), Count("conversation_shown", "conversation_id", "dm-stays")));
        Assert.Equal(["dm-stays"], await new SqliteMemberChannels(_store.Database).DirectChannelsAsync("stays", CancellationToken.None));
    }

    /// <summary>Every column of every table that names a member: a new table holding member data must be forgotten too.</summary>
    private List<(string Table, string Column)> MemberColumns()
    {
        var tables = _store.Database.Read(c => c.QueryScalars<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'"));
        var columns = new List<(string, string)>();
        foreach (var table in tables)
        {
            var names = _store.Database.Read(c => c.QueryScalars<string>($"SELECT name FROM pragma_table_info('{table}')"));
            columns.AddRange(names.Where(n => n is "member_id" or "added_by" or "user_id" or "author_id").Select(n => (table, n)));
        }

        Assert.Equal(6, columns.Count);
        return columns;
    }

    private int Count(string table, string column, string value) =>
        _store.Database.Read(c => c.ExecuteScalar<int>($"SELECT count(*) FROM {table} WHERE {column} = ?", value));

    public void Dispose() => _store.Dispose();
}
