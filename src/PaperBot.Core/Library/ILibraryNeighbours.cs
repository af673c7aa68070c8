namespace PaperBot.Core.Library;

/// <summary>Papers close in meaning to a set of papers (a member's library), by the stored paper vectors.</summary>
public interface ILibraryNeighbours
{
    /// <summary>
    /// The papers nearest to the mean of the given papers' unit vectors, best first, never one of them; each with the
    /// given papers it is closest to. <c>null</c> when none of the papers has a vector (no model, or not embedded yet).
    /// </summary>
    Task<IReadOnlyList<Recommendation>?> NearestAsync(IReadOnlyList<long> paperIds, int top, CancellationToken cancellationToken);
}
