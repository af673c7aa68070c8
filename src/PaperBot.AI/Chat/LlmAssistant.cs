using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using PaperBot.AI.Models;
using PaperBot.AI.Offline;
using PaperBot.AI.Prompts;
using PaperBot.Core.Chat;
using PaperBot.Core.Papers;

namespace PaperBot.AI.Chat;

/// <summary>
/// Answers with the configured chat model: the system prompt from <c>prompts/Chat/Answer</c>, the remembered turns of the
/// conversation, then the question; the model looks papers up through the papers plugin. Any model failure (down, slow,
/// rate limited, 5xx, garbage, a bad tool call) answers with <see cref="OfflineAssistant"/> and a notice saying why.
/// </summary>
internal sealed class LlmAssistant(
    Kernel kernel,
    PromptLibrary prompts,
    ToolCallingChat toolChat,
    AnswerComposer composer,
    ModelGuard guard,
    OfflineAssistant offline,
    IConversationStore conversations,
    IPaperStore store,
    IOptions<AiOptions> options,
    TimeProvider time,
    ILogger<LlmAssistant> logger) : IAssistant
{
    public async Task<AssistantAnswer> AskAsync(string conversationId, string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(question);
        var settings = options.Value;
        var text = QuestionText.Trim(question, settings.MaxQuestionChars);
        if (text.Length == 0)
        {
            return await offline.AskAsync(conversationId, text, cancellationToken).ConfigureAwait(false);
        }

        var history = await BuildHistoryAsync(conversationId, text, settings.MemoryTurns, cancellationToken).ConfigureAwait(false);
        var defaults = prompts.GetDefaultSettings(PromptName.ChatAnswer);
        var outcome = await guard.RunAsync("chat", t => toolChat.RunAsync(kernel, history, defaults, t), cancellationToken).ConfigureAwait(false);
        var reason = outcome.FailureReason ?? (string.IsNullOrWhiteSpace(outcome.Value?.Text) ? ModelFaults.EmptyAnswer : null);
        if (reason is not null)
        {
            var fallback = await offline.AskAsync(conversationId, text, cancellationToken).ConfigureAwait(false);
            return fallback with { Notice = ModelNotice.ForAnswer(reason) };
        }

        Log.ModelAnswer(logger, outcome.Value!.Text.Length, outcome.Value.Text);
        var answer = await composer.ComposeAsync(outcome.Value, cancellationToken).ConfigureAwait(false);
        if (text.Length < question.Trim().Length)
        {
            answer = answer with { Notice = string.Create(CultureInfo.InvariantCulture, $"Your message was cut to its first {settings.MaxQuestionChars:N0} characters.") };
        }

        if (settings.MemoryTurns > 0)
        {
            await RememberAsync(conversationId, text, answer, cancellationToken).ConfigureAwait(false);
        }

        return answer;
    }

    private async Task<ChatHistory> BuildHistoryAsync(string conversationId, string question, int memoryTurns, CancellationToken cancellationToken)
    {
        var stats = await store.GetStatsAsync(cancellationToken).ConfigureAwait(false);
        var arguments = new KernelArguments
        {
            ["paper_count"] = stats.Papers.ToString(CultureInfo.InvariantCulture),
            ["date_range"] = stats is { Oldest: { } oldest, Newest: { } newest }
                ? string.Create(CultureInfo.InvariantCulture, $"from {oldest:yyyy-MM-dd} to {newest:yyyy-MM-dd}")
                : "of unknown dates",
            ["today"] = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        var system = await prompts.RenderAsync(PromptName.ChatAnswer, kernel, arguments, cancellationToken).ConfigureAwait(false);
        var history = new ChatHistory(system);
        if (memoryTurns > 0)
        {
            var turns = await conversations.GetRecentAsync(conversationId, memoryTurns, cancellationToken).ConfigureAwait(false);
            foreach (var turn in turns)
            {
                history.AddMessage(turn.Role == ChatRole.User ? AuthorRole.User : AuthorRole.Assistant, turn.Text);
            }
        }

        history.AddUserMessage(question);
        return history;
    }

    private async Task RememberAsync(string conversationId, string question, AssistantAnswer answer, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await conversations.AppendAsync(conversationId, new ConversationTurn(ChatRole.User, question, [], now), cancellationToken).ConfigureAwait(false);
        var cited = answer.Citations.Select(c => c.Id).ToArray();
        await conversations.AppendAsync(conversationId, new ConversationTurn(ChatRole.Assistant, answer.Text, cited, now), cancellationToken)
            .ConfigureAwait(false);
    }
}
