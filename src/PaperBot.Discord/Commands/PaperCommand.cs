using PaperBot.Core.Papers;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Interactions;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Commands;

/// <summary><c>/paper paper</c>: one paper with its abstract, authors, date, links and buttons.</summary>
internal sealed class PaperCommand(IPaperStore store, PaperChoices choices) : ISlashCommand
{
    public CommandDefinition Definition { get; } = new()
    {
        Name = "paper",
        Description = "Show one paper: abstract, authors, date and links",
        Type = 1,
        Contexts = OptionShapes.Everywhere,
        Options = [OptionShapes.PaperOption()],
    };

    public async Task<Reply> ExecuteAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var typed = invocation.GetString(OptionShapes.Paper) ?? "";
        var paper = await store.FindAsync(typed, cancellationToken).ConfigureAwait(false);
        return paper is null ? NotFound(typed) : PaperMessages.Paper(paper);
    }

    public Task<IReadOnlyList<AutocompleteChoice>> CompleteAsync(CommandInvocation invocation, CancellationToken cancellationToken) =>
        choices.CompleteAsync(invocation.FocusedText, cancellationToken);

    public static Reply NotFound(string typed) =>
        Reply.Private($"No paper matches \"{Text.Cut(typed, 200)}\". Pick one from the suggestions, or try `/search`.");
}
