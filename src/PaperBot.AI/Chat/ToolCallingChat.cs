using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using PaperBot.AI.Models;
using PaperBot.AI.Plugins;
using PaperBot.Core.Chat;

namespace PaperBot.AI.Chat;

/// <summary>
/// One chat turn with function calling over the papers plugin. The model chooses the tools
/// (<see cref="FunctionChoiceBehavior.Auto"/>); PaperBot invokes them itself rather than letting the connector do it, so
/// that a call to a tool that does not exist, or with arguments the tool cannot take, stops the turn at once
/// (<see cref="ToolCallException"/>: the caller answers offline) instead of costing more round trips, the number of
/// rounds is bounded, and the papers each tool returned are known for the citations.
/// </summary>
internal sealed class ToolCallingChat(ILogger<ToolCallingChat> logger)
{
    /// <summary>Model round trips that may call tools; the next one must answer.</summary>
    public const int MaxToolRounds = 4;

    private const string NotFound = "No paper matches.";

    public async Task<ToolChatResult> RunAsync(
        Kernel kernel, ChatHistory history, PromptExecutionSettings? defaults, PromptBudget budget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(budget);
        var chat = kernel.GetRequiredService<IChatCompletionService>();
        var tools = kernel.Plugins[PapersPlugin.Name].ToArray();
        var toolTokens = PromptBudget.Estimate(tools);
        var papers = new List<Citation>();
        var calls = 0;
        var full = false;
        for (var round = 0; ; round++)
        {
            var settings = OpenAIPromptExecutionSettings.FromExecutionSettings(defaults?.Clone());
            settings.MaxTokens = budget.AnswerTokens;
            settings.FunctionChoiceBehavior = round < MaxToolRounds && !full
                ? FunctionChoiceBehavior.Auto(tools, autoInvoke: false)
                : FunctionChoiceBehavior.None(tools);
            var reply = await chat.GetChatMessageContentAsync(history, settings, kernel, cancellationToken).ConfigureAwait(false);
            var requested = FunctionCallContent.GetFunctionCalls(reply).ToArray();
            if (requested.Length == 0)
            {
                return new ToolChatResult(reply.Content ?? string.Empty, papers, calls);
            }

            if (round >= MaxToolRounds || full)
            {
                throw new ToolCallException($"The model kept calling tools after {MaxToolRounds} rounds.");
            }

            history.Add(reply);
            foreach (var call in requested)
            {
                calls++;
                var value = await InvokeAsync(kernel, call, round, cancellationToken).ConfigureAwait(false);

                // What the context can still take, once every remembered turn is left out if need be.
                var room = budget.PromptTokens - toolTokens - PromptBudget.Estimate(history) + PromptBudget.RememberedTokens(history) - PromptBudget.PerMessage;
                var (shown, text, shortened) = ToolResultText.Fit(value, room);
                full |= shortened;
                Collect(shown, papers);
                history.Add(new FunctionResultContent(call, text ?? NotFound).ToChatMessage());
            }

            var dropped = budget.DropOldestTurns(history, toolTokens);
            if (dropped > 0 || full)
            {
                Log.PromptCut(logger, budget.ContextTokens, dropped, 0, full ? 1 : 0, false);
            }
        }
    }

    private async Task<object?> InvokeAsync(Kernel kernel, FunctionCallContent call, int round, CancellationToken cancellationToken)
    {
        var tool = $"{call.PluginName}-{call.FunctionName}";
        Log.ToolCalled(logger, tool, round + 1);
        if (call.Exception is not null)
        {
            Log.BadToolCall(logger, "arguments that are not JSON");
            throw new ToolCallException("The model sent tool arguments that are not JSON.", call.Exception);
        }

        if (call.PluginName != PapersPlugin.Name || !kernel.Plugins.TryGetFunction(call.PluginName, call.FunctionName, out var function))
        {
            Log.BadToolCall(logger, "a tool that does not exist");
            throw new ToolCallException("The model called a tool that does not exist.");
        }

        var result = await function.InvokeAsync(kernel, call.Arguments, cancellationToken).ConfigureAwait(false);
        var value = result.GetValue<object>();
        if (value is ToolFailure failure)
        {
            Log.BadToolCall(logger, failure.Error);
            throw new ToolCallException($"A tool call failed: {failure.Error}.");
        }

        return value;
    }

    private static void Collect(object? value, List<Citation> papers)
    {
        IEnumerable<Citation> found = value switch
        {
            IEnumerable<PaperResult> results => results.Select(r => new Citation(r.Id, r.Title, r.Url)),
            PaperDetails details => [new Citation(details.Id, details.Title, details.Url)],
            _ => [],
        };
        foreach (var paper in found)
        {
            if (!papers.Exists(p => p.Id == paper.Id))
            {
                papers.Add(paper);
            }
        }
    }
}
