using PaperBot.Core.Library;
using PaperBot.Core.Papers;
using PaperBot.Discord.Commands;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Interactions;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Library;

/// <summary><c>/save paper [tags] [note]</c>: the paper goes to the member's own library; only they see the answer.</summary>
internal sealed class SaveCommand(IPaperStore store, PaperChoices choices, MemberLibrary library) : ISlashCommand
{
    public const string Tags = "tags";
    public const string Note = "note";

    public CommandDefinition Definition { get; } = new()
    {
        Name = "save",
        Description = "Save a paper to your library (only you see it)",
        Type = 1,
        Contexts = OptionShapes.Everywhere,
        Options =
        [
            OptionShapes.PaperOption(),
            OptionShapes.Text(Tags, "Tags separated by spaces or commas, e.g. rl, to-read", required: false, maxLength: 500),
            OptionShapes.Text(Note, "A note to yourself about the paper", required: false, maxLength: LibraryRules.MaxNoteLength),
        ],
    };

    public bool IsPrivate => true;

    public async Task<Reply> ExecuteAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var typed = invocation.GetString(OptionShapes.Paper) ?? "";
        var paper = await store.FindAsync(typed, cancellationToken).ConfigureAwait(false);
        if (paper is null)
        {
            return PaperCommand.NotFound(typed);
        }

        var tags = LibraryRules.NormalizeTags(invocation.GetString(Tags));
        return await library.SaveAsync(invocation.MemberId, paper, tags, invocation.GetString(Note), cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<AutocompleteChoice>> CompleteAsync(CommandInvocation invocation, CancellationToken cancellationToken) =>
        choices.CompleteAsync(invocation.FocusedText, cancellationToken);
}
