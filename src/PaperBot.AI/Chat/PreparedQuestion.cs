using PaperBot.Core.Chat;

namespace PaperBot.AI.Chat;

/// <summary>A question as both assistants answer it: trimmed and cut, with the conversation's remembered turns (none without memory).</summary>
/// <param name="ConversationId">Where memory is kept; <see langword="null"/> for a one-shot question.</param>
/// <param name="Text">The question, trimmed and cut to <c>Ai:MaxQuestionChars</c>.</param>
/// <param name="WasCut">Whether <paramref name="Text"/> lost characters to the cut.</param>
/// <param name="History">The remembered turns, oldest first.</param>
/// <param name="Shown">The papers the conversation was shown last, in the order shown: what "it" or "the second one" refer to.</param>
internal sealed record PreparedQuestion(string? ConversationId, string Text, bool WasCut, IReadOnlyList<ConversationTurn> History, IReadOnlyList<long>? Shown = null)
{
    /// <summary>A note for the model after the question: the papers a follow-up refers to (see <see cref="ShownPapersNote"/>).</summary>
    public string? Note { get; init; }

    /// <summary>The question as the model reads it: <see cref="Text"/> and the <see cref="Note"/>.</summary>
    public string ModelText => Note is null ? Text : Text + Note;

    /// <summary>The papers shown last: <see cref="Shown"/>, else those the last remembered answer cited.</summary>
    public IReadOnlyList<long> LastShown => Shown is { Count: > 0 } shown
        ? shown
        : History.LastOrDefault(t => t.Role == ChatRole.Assistant && t.CitedPaperIds.Count > 0)?.CitedPaperIds ?? [];
}
