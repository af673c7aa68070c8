namespace PaperBot.Core.Follows;

/// <summary>Members' follows (authors and topics), private to each member.</summary>
public interface IFollowStore
{
    /// <summary>Adds the follow (text as given, matched case- and accent-insensitively), or updates the period of the same one.</summary>
    Task<FollowOutcome> AddAsync(string memberId, FollowKind kind, string text, DigestPeriod period, CancellationToken cancellationToken);

    /// <summary>The member's follows, oldest first; every member's when <paramref name="memberId"/> is null.</summary>
    Task<IReadOnlyList<Follow>> ListAsync(string? memberId, CancellationToken cancellationToken);

    /// <summary>Whether the follow was the member's (and is gone now).</summary>
    Task<bool> RemoveAsync(string memberId, long followId, CancellationToken cancellationToken);

    /// <summary>Pauses all of the member's follows with the reason (digests stop until <see cref="ResumeAsync"/>).</summary>
    Task PauseAsync(string memberId, string reason, CancellationToken cancellationToken);

    /// <summary>
    /// How many papers of the corpus carry author names at all (many sources give only a count), and how many name
    /// <paramref name="author"/> (case and accents aside): what <c>/follow author</c> tells the member.
    /// </summary>
    Task<(int WithNames, int ByAuthor)> AuthorCoverageAsync(string author, CancellationToken cancellationToken);

    /// <summary>Resumes the member's paused follows; returns how many were paused.</summary>
    Task<int> ResumeAsync(string memberId, CancellationToken cancellationToken);
}
