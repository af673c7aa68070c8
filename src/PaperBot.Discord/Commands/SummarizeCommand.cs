using PaperBot.Core.Papers;
using PaperBot.Core.Summaries;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Interactions;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Commands;

/// <summary><c>/summarize paper [style]</c>: a TL;DR, a detailed summary, one for newcomers, or a card.</summary>
internal sealed class SummarizeCommand(IPaperStore store, ISummarizer summarizer, PaperChoices choices) : ISlashCommand
{
    public CommandDefinition Definition { get; } = new()
    {
        Name = "summarize",
        Description = "Summarize a paper: TL;DR, detailed, for newcomers, or a problem/method/results/limitations card",
        Type = 1,
        Contexts = OptionShapes.Everywhere,
        Options =
        [
            OptionShapes.PaperOption(),
            new CommandOption
            {
                Type = CommandOptionType.String,
                Name = "style",
                Description = "How to summarize (default: TL;DR)",
                Choices = [new("TL;DR", "tldr"), new("Detailed", "detailed"), new("For newcomers", "newcomer"), new("Card: problem, method, results, limitations", "card")],
            },
        ],
    };

    public async Task<Reply> ExecuteAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var typed = invocation.GetString(OptionShapes.Paper) ?? "";
        var paper = await store.FindAsync(typed, cancellationToken).ConfigureAwait(false);
        if (paper is null)
        {
            return PaperCommand.NotFound(typed);
        }

        var style = invocation.GetString("style") switch
        {
            "detailed" => SummaryStyle.Detailed,
            "newcomer" => SummaryStyle.Newcomer,
            "card" => SummaryStyle.Card,
            _ => SummaryStyle.TlDr,
        };
        return await ForPaperAsync(summarizer, paper, style, cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<AutocompleteChoice>> CompleteAsync(CommandInvocation invocation, CancellationToken cancellationToken) =>
        choices.CompleteAsync(invocation.FocusedText, cancellationToken);

    /// <summary>Shared with the Summarize and Card buttons.</summary>
    public static async Task<Reply> ForPaperAsync(ISummarizer summarizer, StoredPaper paper, SummaryStyle style, CancellationToken cancellationToken)
    {
        var summary = await summarizer.SummarizeAsync(paper.Id, style, cancellationToken).ConfigureAwait(false);
        return summary is null ? PaperCommand.NotFound($"#{paper.Id}") : PaperMessages.Summary(summary, paper.Paper.ArxivId);
    }
}
