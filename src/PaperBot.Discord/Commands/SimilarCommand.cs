using PaperBot.Core.Papers;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Interactions;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Commands;

/// <summary><c>/similar paper</c>: related work.</summary>
internal sealed class SimilarCommand(IPaperStore store, ISimilarPapers similar, PaperChoices choices) : ISlashCommand
{
    public CommandDefinition Definition { get; } = new()
    {
        Name = "similar",
        Description = "Find papers related to a paper",
        Type = 1,
        Contexts = OptionShapes.Everywhere,
        Options = [OptionShapes.PaperOption()],
    };

    public async Task<Reply> ExecuteAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var typed = invocation.GetString(OptionShapes.Paper) ?? "";
        var paper = await store.FindAsync(typed, cancellationToken).ConfigureAwait(false);
        return paper is null ? PaperCommand.NotFound(typed) : await ForPaperAsync(similar, paper, cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<AutocompleteChoice>> CompleteAsync(CommandInvocation invocation, CancellationToken cancellationToken) =>
        choices.CompleteAsync(invocation.FocusedText, cancellationToken);

    /// <summary>Shared with the Similar button.</summary>
    public static async Task<Reply> ForPaperAsync(ISimilarPapers similar, StoredPaper paper, CancellationToken cancellationToken) =>
        PaperMessages.Related(paper, await similar.FindSimilarAsync(paper.Id, PaperMessages.PageSize, cancellationToken).ConfigureAwait(false));
}
