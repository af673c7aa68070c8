namespace PaperBot.Core.Library;

/// <summary>
/// Each member's own papers, private to them. A member is known by an id (a Discord user id; "local" in the shell).
/// Tags and notes must pass <see cref="LibraryRules.Validate"/>: the store refuses them otherwise.
/// </summary>
public interface ILibraryStore
{
    /// <exception cref="ArgumentException">Tags or the note break <see cref="LibraryRules"/>; the message says what to do.</exception>
    Task<SaveOutcome> SaveAsync(string memberId, long paperId, IReadOnlyList<string> tags, string? note, CancellationToken cancellationToken);

    /// <summary>The member's papers, newest saved first, with <paramref name="tag"/> when given.</summary>
    Task<IReadOnlyList<SavedPaper>> ListAsync(string memberId, string? tag, int offset, int limit, CancellationToken cancellationToken);

    Task<int> CountAsync(string memberId, string? tag, CancellationToken cancellationToken);

    /// <summary>The ids of every paper the member saved (for export, "for you", and marking saved papers).</summary>
    Task<IReadOnlyList<long>> PaperIdsAsync(string memberId, CancellationToken cancellationToken);

    /// <summary>Whether the paper was in the library (and is gone now).</summary>
    Task<bool> RemoveAsync(string memberId, long paperId, CancellationToken cancellationToken);

    /// <summary>Replaces the tags and/or the note (a null leaves it as it is); false when the paper is not in the library.</summary>
    /// <exception cref="ArgumentException">Tags or the note break <see cref="LibraryRules"/>.</exception>
    Task<bool> UpdateAsync(string memberId, long paperId, IReadOnlyList<string>? tags, string? note, CancellationToken cancellationToken);
}
