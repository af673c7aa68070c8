using PaperBot.Core.Library;
using PaperBot.Core.Papers;
using PaperBot.Data.Database;
using PaperBot.Data.Highlights;

namespace PaperBot.Data.Library;

/// <summary>
/// Members' libraries in <c>library_items</c>: one row per member and paper, tags kept as <c>|a|b|</c> so a tag is
/// found with <c>instr</c> (no LIKE wildcards to escape), newest saved first (rowid breaks ties within a tick).
/// </summary>
internal sealed class SqliteLibraryStore(SqliteDatabase database, IPaperStore papers, TimeProvider time) : ILibraryStore
{
    private const string TagFilter = "(?2 IS NULL OR instr(tags, '|' || ?2 || '|') > 0)";

    public async Task<SaveOutcome> SaveAsync(string memberId, long paperId, IReadOnlyList<string> tags, string? note, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        var clean = LibraryRules.Checked(tags, note);
        if (await papers.GetAsync(paperId, cancellationToken).ConfigureAwait(false) is null)
        {
            return SaveOutcome.UnknownPaper;
        }

        var added = database.Write(c => c.Execute(
            "INSERT OR IGNORE INTO library_items(member_id, paper_id, tags, note, saved_at) VALUES(?, ?, ?, ?, ?)",
            memberId, paperId, StoredTags.Format(clean.Tags), clean.Note, StoredTime.Format(time.GetUtcNow())));
        return added == 1 ? SaveOutcome.Saved : SaveOutcome.AlreadySaved;
    }

    public async Task<IReadOnlyList<SavedPaper>> ListAsync(string memberId, string? tag, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        var rows = database.Read(c => c.Query<ItemRow>(
            $"SELECT paper_id AS PaperId, tags AS Tags, note AS Note, saved_at AS SavedAt FROM library_items WHERE member_id = ?1 AND {TagFilter} ORDER BY saved_at DESC, rowid DESC LIMIT ?3 OFFSET ?4",
            memberId, NormalTag(tag), Math.Max(0, limit), Math.Max(0, offset)));
        return await ItemRow.LoadAsync(rows, papers, cancellationToken).ConfigureAwait(false);
    }

    public Task<int> CountAsync(string memberId, string? tag, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(database.Read(c => c.ExecuteScalar<int>($"SELECT count(*) FROM library_items WHERE member_id = ?1 AND {TagFilter}", memberId, NormalTag(tag))));
    }

    public Task<IReadOnlyList<long>> PaperIdsAsync(string memberId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<long> ids = database.Read(c => c.QueryScalars<long>("SELECT paper_id FROM library_items WHERE member_id = ? ORDER BY saved_at DESC, rowid DESC", memberId));
        return Task.FromResult(ids);
    }

    public Task<bool> RemoveAsync(string memberId, long paperId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(database.Write(c => c.Execute("DELETE FROM library_items WHERE member_id = ? AND paper_id = ?", memberId, paperId)) == 1);
    }

    public Task<bool> UpdateAsync(string memberId, long paperId, IReadOnlyList<string>? tags, string? note, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        cancellationToken.ThrowIfCancellationRequested();
        var clean = LibraryRules.Checked(tags ?? [], note);
        var changed = database.Write(c => c.Execute(
            "UPDATE library_items SET tags = coalesce(?, tags), note = CASE WHEN ? THEN ? ELSE note END WHERE member_id = ? AND paper_id = ?",
            tags is null ? null : StoredTags.Format(clean.Tags), note is not null, clean.Note, memberId, paperId));
        return Task.FromResult(changed == 1);
    }

    // Stored tags hold '/' for '|' (StoredTags), so the filter looks for the tag as it is stored.
    private static string? NormalTag(string? tag) => LibraryRules.NormalizeTags(tag) is [var first, ..] ? first.Replace('|', '/') : null;
}
