using PaperBot.Core.Chat;

namespace PaperBot.AI.Chat;

/// <summary>A question as both assistants answer it: trimmed and cut, with the conversation's remembered turns (none without memory).</summary>
/// <param name="ConversationId">Where memory is kept; <see langword="null"/> for a one-shot question.</param>
/// <param name="Text">The question, trimmed and cut to <c>Ai:MaxQuestionChars</c>.</param>
/// <param name="WasCut">Whether <paramref name="Text"/> lost characters to the cut.</param>
/// <param name="History">The remembered turns, oldest first.</param>
internal sealed record PreparedQuestion(string? ConversationId, string Text, bool WasCut, IReadOnlyList<ConversationTurn> History);
