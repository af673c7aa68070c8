namespace PaperBot.Core.Library;

/// <summary>A channel's reading list: any member may add or remove papers, and everyone in the channel sees it.</summary>
public interface IReadingListStore
{
    /// <exception cref="ArgumentException">The note breaks <see cref="LibraryRules"/>.</exception>
    Task<SaveOutcome> AddAsync(string channelId, long paperId, string addedBy, string? note, CancellationToken cancellationToken);

    /// <summary>The channel's papers, newest added first (<see cref="SavedPaper.SavedBy"/> says who added each).</summary>
    Task<IReadOnlyList<SavedPaper>> ListAsync(string channelId, int offset, int limit, CancellationToken cancellationToken);

    Task<int> CountAsync(string channelId, CancellationToken cancellationToken);

    Task<bool> RemoveAsync(string channelId, long paperId, CancellationToken cancellationToken);
}
