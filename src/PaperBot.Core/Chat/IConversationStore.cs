namespace PaperBot.Core.Chat;

/// <summary>Bounded conversation memory, kept across restarts.</summary>
public interface IConversationStore
{
    /// <summary>The newest <paramref name="maxTurns"/> turns of the conversation, oldest first.</summary>
    Task<IReadOnlyList<ConversationTurn>> GetRecentAsync(string conversationId, int maxTurns, CancellationToken cancellationToken);

    /// <summary>Adds a turn; older turns beyond the store's bound are dropped.</summary>
    Task AppendAsync(string conversationId, ConversationTurn turn, CancellationToken cancellationToken);
}
