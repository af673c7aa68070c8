using PaperBot.Core.Library;
using PaperBot.Core.Papers;
using PaperBot.Discord.Commands;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Interactions;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Library;

/// <summary>
/// <c>/readinglist add paper [note]</c>, <c>/readinglist show [page]</c>, <c>/readinglist remove paper</c>: the channel's
/// shared list. Everyone in the channel sees the answers, and who added each paper.
/// </summary>
internal sealed class ReadingListCommand(IPaperStore store, IReadingListStore lists, PaperChoices choices) : ISlashCommand
{
    private const string Page = "page";

    public CommandDefinition Definition { get; } = new()
    {
        Name = "readinglist",
        Description = "This channel's reading list: add, show, remove papers (everyone sees it)",
        Type = 1,
        Contexts = OptionShapes.Everywhere,
        Options =
        [
            OptionShapes.SubCommand("add", "Add a paper to this channel's reading list",
                OptionShapes.PaperOption(),
                OptionShapes.Text(SaveCommand.Note, "Why it is worth reading", required: false, maxLength: LibraryRules.MaxNoteLength)),
            OptionShapes.SubCommand("show", "The channel's reading list, newest added first",
                OptionShapes.Count("Which page (10 papers each)", 1000, Page)),
            OptionShapes.SubCommand("remove", "Take a paper off this channel's reading list", OptionShapes.PaperOption()),
        ],
    };

    public async Task<Reply> ExecuteAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var channel = invocation.ConversationId;
        if (invocation.Subcommand is "show" or null)
        {
            var page = (int)Math.Max(1, invocation.GetInteger(Page) ?? 1);
            var total = await lists.CountAsync(channel, cancellationToken).ConfigureAwait(false);
            var papers = total == 0 ? [] : await lists.ListAsync(channel, (page - 1) * LibraryRules.PageSize, LibraryRules.PageSize, cancellationToken).ConfigureAwait(false);
            return LibraryMessages.ReadingList(papers, total, page);
        }

        var typed = invocation.GetString(OptionShapes.Paper) ?? "";
        if (await store.FindAsync(typed, cancellationToken).ConfigureAwait(false) is not { } paper)
        {
            return PaperCommand.NotFound(typed);
        }

        var title = Text.Escape(Text.Cut(paper.Paper.Title, 150));
        if (invocation.Subcommand == "remove")
        {
            return await lists.RemoveAsync(channel, paper.Id, cancellationToken).ConfigureAwait(false)
                ? new Reply($"Took “{title}” off this channel's reading list.")
                : Reply.Private($"“{title}” is not on this channel's reading list.");
        }

        var note = LibraryRules.NormalizeNote(invocation.GetString(SaveCommand.Note));
        if (LibraryRules.Validate([], note) is { } problem)
        {
            return Reply.Private(problem);
        }

        return await lists.AddAsync(channel, paper.Id, invocation.MemberId, note, cancellationToken).ConfigureAwait(false) switch
        {
            SaveOutcome.Saved => new Reply($"Added “{title}” to this channel's reading list ({await lists.CountAsync(channel, cancellationToken).ConfigureAwait(false)} papers). `/readinglist show` to see it.")
            {
                ShownPaperIds = [paper.Id],
            },
            SaveOutcome.AlreadySaved => Reply.Private($"“{title}” is already on this channel's reading list."),
            _ => Reply.Private("That paper is no longer in the corpus."),
        };
    }

    public Task<IReadOnlyList<AutocompleteChoice>> CompleteAsync(CommandInvocation invocation, CancellationToken cancellationToken) =>
        invocation.Focused?.Name == OptionShapes.Paper
            ? choices.CompleteAsync(invocation.FocusedText, cancellationToken)
            : Task.FromResult<IReadOnlyList<AutocompleteChoice>>([]);
}
