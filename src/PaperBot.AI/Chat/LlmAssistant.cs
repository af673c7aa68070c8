using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using PaperBot.AI.Models;
using PaperBot.AI.Offline;
using PaperBot.AI.Plugins;
using PaperBot.AI.Prompts;
using PaperBot.Core.Chat;
using PaperBot.Core.Papers;

namespace PaperBot.AI.Chat;

/// <summary>
/// Answers with the configured chat model. With tools (<see cref="ToolSupportState"/>): the system prompt from
/// <c>prompts/Chat/Answer</c>, the remembered turns, the question, and the papers plugin. Without (configured off, refused by
/// the server, or ignored by the model when the corpus was needed): <see cref="PassageChat"/> finds the papers first and the
/// model answers from them (<c>prompts/Chat/AnswerFromPassages</c>). Either way the request fits <c>Ai:ContextTokens</c>
/// (<see cref="PromptBudget"/>). Any model failure answers with <see cref="OfflineAssistant"/> and a notice saying why.
/// </summary>
internal sealed class LlmAssistant(
    Kernel kernel,
    PromptLibrary prompts,
    ToolCallingChat toolChat,
    PassageChat passages,
    AnswerComposer composer,
    ModelGuard guard,
    ToolSupportState tools,
    ModelProbe probe,
    OfflineAssistant offline,
    ConversationMemory memory,
    IPaperStore store,
    IOptions<AiOptions> options,
    TimeProvider time,
    ILogger<LlmAssistant> logger) : IAssistant
{
    // A question with fewer content words ("hi", "thanks") may rightly be answered without the corpus.
    private const int MinContentWordsNeedingCorpus = 2;

    public async Task<AssistantAnswer> AskAsync(string? conversationId, string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);

        // Where no host started the probe (the shell, ask), the first question does; the question does not wait for it.
        probe.StartOnce(checkTools: false, CancellationToken.None);
        var prepared = await memory.PrepareAsync(conversationId, question, cancellationToken).ConfigureAwait(false);
        var answer = prepared.Text.Length == 0
            ? await offline.AnswerAsync(prepared, cancellationToken).ConfigureAwait(false)
            : await AnswerAsync(prepared, cancellationToken).ConfigureAwait(false);
        return await memory.CompleteAsync(prepared, answer, cancellationToken).ConfigureAwait(false);
    }

    private async Task<AssistantAnswer> AnswerAsync(PreparedQuestion question, CancellationToken cancellationToken)
    {
        question = await ShownPapersNote.ResolveAsync(question, store, cancellationToken).ConfigureAwait(false);
        var arguments = await ArgumentsAsync(cancellationToken).ConfigureAwait(false);
        if (!tools.UseTools)
        {
            Log.AnsweringWithoutTools(logger, "no tools");
            return await AnswerFromPassagesAsync(question, arguments, null, cancellationToken).ConfigureAwait(false);
        }

        var defaults = prompts.GetDefaultSettings(PromptName.ChatAnswer);
        var budget = Budget(defaults);
        var history = await ToolHistoryAsync(question, arguments, budget, cancellationToken).ConfigureAwait(false);
        if (history is null)
        {
            Log.AnsweringWithoutTools(logger, "the tools do not fit in Ai:ContextTokens");
            return await AnswerFromPassagesAsync(question, arguments, null, cancellationToken).ConfigureAwait(false);
        }

        var outcome = await guard.RunAsync("chat", t => RunWithToolsAsync(history, defaults, budget, t), cancellationToken).ConfigureAwait(false);
        if (outcome.Value?.ToolsRefused is { } fix)
        {
            tools.Refused(fix);
            Log.AnsweringWithoutTools(logger, "the server refused tools");
            return await AnswerFromPassagesAsync(question, arguments, null, cancellationToken).ConfigureAwait(false);
        }

        if (await FailedAsync(question, outcome, cancellationToken).ConfigureAwait(false) is { } fallback)
        {
            return fallback;
        }

        var answer = await composer.ComposeAsync(outcome.Value!, cancellationToken).ConfigureAwait(false);
        if (outcome.Value!.ToolCalls > 0 || answer.Citations.Count > 0)
        {
            tools.Used();
            return answer;
        }

        if (!tools.Detects || Core.Text.TextWords.ContentStems(question.Text).Count < MinContentWordsNeedingCorpus)
        {
            return answer;
        }

        // The model answered a question about research without looking anything up: if the corpus has papers on it, the
        // model is one that does not call tools, and the answer comes from the papers instead.
        var retrieved = await passages.RetrieveAsync(question, cancellationToken).ConfigureAwait(false);
        if (retrieved.Found == 0)
        {
            return answer;
        }

        tools.Ignored();
        Log.AnsweringWithoutTools(logger, "the model answered without calling tools");
        return await AnswerFromPassagesAsync(question, arguments, retrieved.Papers, cancellationToken).ConfigureAwait(false);
    }

    private async Task<AssistantAnswer> AnswerFromPassagesAsync(
        PreparedQuestion question, KernelArguments arguments, IReadOnlyList<StoredPaper>? retrieved, CancellationToken cancellationToken)
    {
        var papers = retrieved ?? (await passages.RetrieveAsync(question, cancellationToken).ConfigureAwait(false)).Papers;
        var defaults = prompts.GetDefaultSettings(PromptName.ChatAnswerFromPassages);
        var budget = Budget(defaults);
        var system = await prompts.RenderAsync(PromptName.ChatAnswerFromPassages, kernel, arguments, cancellationToken).ConfigureAwait(false);
        var (history, given) = passages.Build(system, question, papers, budget);
        var outcome = await guard.RunAsync("chat", t => PassageChat.RunAsync(kernel, history, given, defaults, budget, t), cancellationToken)
            .ConfigureAwait(false);
        return await FailedAsync(question, outcome, cancellationToken).ConfigureAwait(false)
            ?? await composer.ComposeAsync(outcome.Value!, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The offline answer with the notice, when the model failed or said nothing.</summary>
    private async Task<AssistantAnswer?> FailedAsync(PreparedQuestion question, ModelOutcome<ToolChatResult> outcome, CancellationToken cancellationToken)
    {
        var reason = outcome.FailureReason ?? (string.IsNullOrWhiteSpace(outcome.Value?.Text) ? ModelFaults.EmptyAnswer : null);
        if (reason is null)
        {
            Log.ModelAnswer(logger, outcome.Value!.Text.Length, outcome.Value.Text);
            return null;
        }

        var fallback = await offline.AnswerAsync(question, cancellationToken).ConfigureAwait(false);
        return fallback with { Notice = ModelNotice.ForAnswer(reason) };
    }

    private async Task<ToolChatResult> RunWithToolsAsync(ChatHistory history, PromptExecutionSettings? defaults, PromptBudget budget, CancellationToken cancellationToken)
    {
        try
        {
            return await toolChat.RunAsync(kernel, history, defaults, budget, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (tools.Detects && ToolRefusal.Describe(ex, options.Value.ChatModel) is { } fix)
        {
            return new ToolChatResult(string.Empty, [], 0, fix);
        }
    }

    /// <summary>The system prompt, the remembered turns that fit and the question; <see langword="null"/> when the tools and the question alone do not fit.</summary>
    private async Task<ChatHistory?> ToolHistoryAsync(PreparedQuestion question, KernelArguments arguments, PromptBudget budget, CancellationToken cancellationToken)
    {
        var system = await prompts.RenderAsync(PromptName.ChatAnswer, kernel, arguments, cancellationToken).ConfigureAwait(false);
        var history = new ChatHistory(system);
        foreach (var turn in question.History)
        {
            history.AddMessage(turn.Role == ChatRole.User ? AuthorRole.User : AuthorRole.Assistant, turn.Text);
        }

        history.AddUserMessage(question.ModelText);
        var toolTokens = PromptBudget.Estimate(kernel.Plugins[PapersPlugin.Name]);
        var dropped = budget.DropOldestTurns(history, toolTokens);
        if (PromptBudget.Estimate(history) + toolTokens > budget.PromptTokens)
        {
            return null;
        }

        if (dropped > 0)
        {
            Log.PromptCut(logger, budget.ContextTokens, dropped, 0, 0, false);
        }

        return history;
    }

    private PromptBudget Budget(PromptExecutionSettings? defaults) =>
        new(options.Value.ContextTokens, defaults is null ? null : OpenAIPromptExecutionSettings.FromExecutionSettings(defaults).MaxTokens);

    private async Task<KernelArguments> ArgumentsAsync(CancellationToken cancellationToken)
    {
        var stats = await store.GetStatsAsync(cancellationToken).ConfigureAwait(false);
        return new KernelArguments
        {
            ["paper_count"] = stats.Papers.ToString(CultureInfo.InvariantCulture),
            ["date_range"] = stats is { Oldest: { } oldest, Newest: { } newest }
                ? string.Create(CultureInfo.InvariantCulture, $"from {oldest:yyyy-MM-dd} to {newest:yyyy-MM-dd}")
                : "of unknown dates",
            ["today"] = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }
}
