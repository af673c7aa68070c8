using PaperBot.Core.Library;
using PaperBot.Core.Papers;
using PaperBot.Data.Database;
using PaperBot.Data.Highlights;

namespace PaperBot.Data.Library;

/// <summary>Channels' reading lists in <c>reading_list_items</c>, newest added first.</summary>
internal sealed class SqliteReadingListStore(SqliteDatabase database, IPaperStore papers, TimeProvider time) : IReadingListStore
{
    public async Task<SaveOutcome> AddAsync(string channelId, long paperId, string addedBy, string? note, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(addedBy);
        var cleanNote = LibraryRules.Checked([], note).Note;

        if (await papers.GetAsync(paperId, cancellationToken).ConfigureAwait(false) is null)
        {
            return SaveOutcome.UnknownPaper;
        }

        var added = database.Write(c => c.Execute(
            "INSERT OR IGNORE INTO reading_list_items(channel_id, paper_id, added_by, note, added_at) VALUES(?, ?, ?, ?, ?)",
            channelId, paperId, addedBy, cleanNote, StoredTime.Format(time.GetUtcNow())));
        return added == 1 ? SaveOutcome.Saved : SaveOutcome.AlreadySaved;
    }

    public async Task<IReadOnlyList<SavedPaper>> ListAsync(string channelId, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        var rows = database.Read(c => c.Query<ItemRow>(
            "SELECT paper_id AS PaperId, NULL AS Tags, note AS Note, added_at AS SavedAt, added_by AS SavedBy FROM reading_list_items WHERE channel_id = ? ORDER BY added_at DESC, rowid DESC LIMIT ? OFFSET ?",
            channelId, Math.Max(0, limit), Math.Max(0, offset)));
        return await ItemRow.LoadAsync(rows, papers, cancellationToken).ConfigureAwait(false);
    }

    public Task<int> CountAsync(string channelId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(database.Read(c => c.ExecuteScalar<int>("SELECT count(*) FROM reading_list_items WHERE channel_id = ?", channelId)));
    }

    public Task<bool> RemoveAsync(string channelId, long paperId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(database.Write(c => c.Execute("DELETE FROM reading_list_items WHERE channel_id = ? AND paper_id = ?", channelId, paperId)) == 1);
    }
}
