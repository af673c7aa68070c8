namespace PaperBot.Core.Library;

/// <summary>Everything stored about one member, as one thing: what <c>/forget-me</c> deletes.</summary>
public interface IMemberData
{
    /// <summary>
    /// Deletes the member's library, votes, follows and digest log, reading-list entries they added, the conversations given and the DMs <see cref="IMemberChannels"/> recorded,
    /// in one transaction; returns the number of rows deleted. No other member's data is touched.
    /// </summary>
    Task<int> ForgetAsync(string memberId, IReadOnlyList<string> conversationIds, CancellationToken cancellationToken);
}
