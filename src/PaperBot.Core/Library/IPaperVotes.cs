namespace PaperBot.Core.Library;

/// <summary>
/// 👍 votes on the messages in which PaperBot showed a paper, counted once per member per message, per channel. A
/// reaction on any other message counts for nothing.
/// </summary>
public interface IPaperVotes
{
    /// <summary>Remembers that PaperBot's message shows these papers (the first is the one a vote counts for).</summary>
    Task RecordMessageAsync(string channelId, string messageId, IReadOnlyList<long> paperIds, CancellationToken cancellationToken);

    /// <summary>Counts the member's vote; false when the message is not a paper message of PaperBot's or the vote was counted already.</summary>
    Task<bool> AddAsync(string messageId, string memberId, CancellationToken cancellationToken);

    /// <summary>Takes the member's vote back (the reaction was removed); false when there was none.</summary>
    Task<bool> RemoveAsync(string messageId, string memberId, CancellationToken cancellationToken);

    /// <summary>The papers PaperBot's message shows, in order; empty when PaperBot did not record that message.</summary>
    Task<IReadOnlyList<long>> PapersOfAsync(string messageId, CancellationToken cancellationToken);

    /// <summary>The channel's most voted papers since <paramref name="since"/>, most votes first.</summary>
    Task<IReadOnlyList<(long PaperId, int Votes)>> TopAsync(string channelId, DateTimeOffset since, int limit, CancellationToken cancellationToken);
}
