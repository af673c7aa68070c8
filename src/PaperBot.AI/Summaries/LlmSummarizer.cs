using Microsoft.SemanticKernel;
using PaperBot.AI.Models;
using PaperBot.AI.Offline;
using PaperBot.AI.Prompts;
using PaperBot.Core.Chat;
using PaperBot.Core.Papers;
using PaperBot.Core.Summaries;

namespace PaperBot.AI.Summaries;

/// <summary>
/// Summarizes with the configured chat model through the prompt functions in <c>prompts/Summaries/</c> (one per
/// <see cref="SummaryStyle"/>). Any model failure summarizes with <see cref="ExtractiveSummarizer"/> and a notice saying why.
/// </summary>
internal sealed class LlmSummarizer(
    Kernel kernel,
    PromptLibrary prompts,
    ModelGuard guard,
    ExtractiveSummarizer offline,
    IPaperStore store) : ISummarizer
{
    public async Task<PaperSummary?> SummarizeAsync(long paperId, SummaryStyle style, CancellationToken cancellationToken)
    {
        var paper = await store.GetAsync(paperId, cancellationToken).ConfigureAwait(false);
        if (paper is null)
        {
            return null;
        }

        var name = PromptName.Summary(style);
        var function = prompts.GetFunction(name);
        var arguments = SummaryArguments.For(paper);
        var outcome = await guard.RunAsync(
            "summary",
            async t => (await function.InvokeAsync(kernel, arguments, t).ConfigureAwait(false)).GetValue<string>(),
            cancellationToken).ConfigureAwait(false);
        var reason = outcome.FailureReason ?? (string.IsNullOrWhiteSpace(outcome.Value) ? ModelFaults.EmptyAnswer : null);
        if (reason is not null)
        {
            var fallback = await offline.SummarizeAsync(paperId, style, cancellationToken).ConfigureAwait(false);
            return fallback is null ? null : fallback with { Notice = ModelNotice.ForSummary(reason) };
        }

        return new PaperSummary(paper.Id, paper.Paper.Title, style, outcome.Value!.Trim(), AnswerMode.Model);
    }
}
