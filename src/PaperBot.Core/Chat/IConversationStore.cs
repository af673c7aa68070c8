namespace PaperBot.Core.Chat;

/// <summary>Bounded conversation memory, kept across restarts.</summary>
public interface IConversationStore
{
    /// <summary>The newest <paramref name="maxTurns"/> turns of the conversation, oldest first.</summary>
    Task<IReadOnlyList<ConversationTurn>> GetRecentAsync(string conversationId, int maxTurns, CancellationToken cancellationToken);

    /// <summary>Adds a turn and drops the conversation's turns older than its newest <paramref name="keepTurns"/> (0 keeps nothing).</summary>
    Task AppendAsync(string conversationId, ConversationTurn turn, int keepTurns, CancellationToken cancellationToken);

    /// <summary>The papers the conversation was shown last (search results, a paper, an answer's sources), in the order shown.</summary>
    Task<IReadOnlyList<long>> GetShownAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Replaces the papers the conversation was shown last; an empty list leaves the previous ones.</summary>
    Task SetShownAsync(string conversationId, IReadOnlyList<long> paperIds, CancellationToken cancellationToken);
}
