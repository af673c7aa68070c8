using Microsoft.SemanticKernel;
using PaperBot.AI.Models;
using PaperBot.AI.Prompts;
using PaperBot.Core.Highlights;
using PaperBot.Core.Papers;

namespace PaperBot.AI.Highlights;

/// <summary>
/// Writes the one- or two-sentence blurb under a paper in the daily highlights post, with the chat model and
/// <c>prompts/Highlights/Blurb</c>. Returns <c>null</c> when there is no model or it fails: the post then uses the
/// extractive blurb, so a highlight is never held back by the model.
/// </summary>
public sealed class HighlightBlurbWriter : IBlurbWriter
{
    private readonly Kernel? _kernel;
    private readonly PromptLibrary _prompts;
    private readonly ModelGuard _guard;
    private readonly IPaperStore _store;

    internal HighlightBlurbWriter(Kernel? kernel, PromptLibrary prompts, ModelGuard guard, IPaperStore store)
    {
        _kernel = kernel;
        _prompts = prompts;
        _guard = guard;
        _store = store;
    }

    /// <summary>The blurb for the paper, or <c>null</c> (no model, the model failed, or no such paper).</summary>
    public async Task<string?> WriteAsync(long paperId, CancellationToken cancellationToken)
    {
        if (_kernel is null)
        {
            return null;
        }

        var paper = await _store.GetAsync(paperId, cancellationToken).ConfigureAwait(false);
        if (paper is null)
        {
            return null;
        }

        var function = _prompts.GetFunction(PromptName.HighlightBlurb);
        var arguments = new KernelArguments { ["title"] = paper.Paper.Title, ["abstract"] = paper.Paper.Abstract };
        var outcome = await _guard.RunAsync(
            "highlight blurb",
            async t => (await function.InvokeAsync(_kernel, arguments, t).ConfigureAwait(false)).GetValue<string>(),
            cancellationToken).ConfigureAwait(false);
        return string.IsNullOrWhiteSpace(outcome.Value) ? null : outcome.Value.Trim();
    }
}
