namespace PaperBot.Core.Chat;

/// <summary>One message of a conversation, as remembered.</summary>
public sealed record ConversationTurn(ChatRole Role, string Text, IReadOnlyList<long> CitedPaperIds, DateTimeOffset At);
