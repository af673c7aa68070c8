using System.Globalization;
using Microsoft.Extensions.Options;
using PaperBot.Core.Chat;

namespace PaperBot.AI.Chat;

/// <summary>
/// What every assistant does around an answer, in one place: the question is trimmed and cut to <c>Ai:MaxQuestionChars</c>,
/// the conversation's last <c>Ai:MemoryTurns</c> turns are read, and once answered the answer gets the "message was cut"
/// notice (unless it carries a model notice) and both turns are stored, with the answer's sources as the papers shown last. A <see langword="null"/> conversation id is a
/// one-shot question: nothing is read or stored; <c>Ai:MemoryTurns</c> 0 turns memory off, papers shown included.
/// </summary>
internal sealed class ConversationMemory(IConversationStore conversations, IOptions<AiOptions> options, TimeProvider time)
{
    public async Task<PreparedQuestion> PrepareAsync(string? conversationId, string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        var settings = options.Value;
        var text = QuestionText.Trim(question, settings.MaxQuestionChars);
        var cut = text.Length < question.Trim().Length;
        var history = conversationId is not null && settings.MemoryTurns > 0 && text.Length > 0
            ? await conversations.GetRecentAsync(conversationId, settings.MemoryTurns, cancellationToken).ConfigureAwait(false)
            : [];
        var shown = conversationId is not null && settings.MemoryTurns > 0 && text.Length > 0
            ? await conversations.GetShownAsync(conversationId, cancellationToken).ConfigureAwait(false)
            : [];
        return new PreparedQuestion(conversationId, text, cut, history, shown);
    }

    /// <summary>The answer as the reader gets it (with the cut notice when due), after remembering the exchange.</summary>
    public async Task<AssistantAnswer> CompleteAsync(PreparedQuestion question, AssistantAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answer);
        var settings = options.Value;
        if (question.WasCut && answer.Notice is null)
        {
            answer = answer with { Notice = string.Create(CultureInfo.InvariantCulture, $"Your message was cut to its first {settings.MaxQuestionChars:N0} characters.") };
        }

        if (question.ConversationId is { } id && settings.MemoryTurns > 0 && question.Text.Length > 0)
        {
            var now = time.GetUtcNow();
            var keep = settings.MemoryTurns;
            await conversations.AppendAsync(id, new ConversationTurn(ChatRole.User, question.Text, [], now), keep, cancellationToken).ConfigureAwait(false);
            var cited = answer.Citations.Select(c => c.Id).ToArray();
            await conversations.AppendAsync(id, new ConversationTurn(ChatRole.Assistant, answer.Text, cited, now), keep, cancellationToken).ConfigureAwait(false);
        }

        if (question.ConversationId is { } conversation && settings.MemoryTurns > 0 && answer.Citations.Count > 0)
        {
            await conversations.SetShownAsync(conversation, [.. answer.Citations.Select(c => c.Id)], cancellationToken).ConfigureAwait(false);
        }

        return answer;
    }
}
