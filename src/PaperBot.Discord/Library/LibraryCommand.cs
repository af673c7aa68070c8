using PaperBot.Core.Library;
using PaperBot.Core.Papers;
using PaperBot.Discord.Commands;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Interactions;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Library;

/// <summary>
/// <c>/library show [tag] [query] [page]</c>, <c>/library remove paper</c>, <c>/library tag paper tags</c> and
/// <c>/library note paper note</c>: the member's own papers, private to them. Sub-commands keep reading and each kind of
/// edit apart, so no option means two things.
/// </summary>
internal sealed class LibraryCommand(IPaperStore store, ILibraryStore library, PaperChoices choices, MemberLibrary view) : ISlashCommand
{
    private const string Tag = "tag";
    private const string Query = "query";
    private const string Page = "page";

    public CommandDefinition Definition { get; } = new()
    {
        Name = "library",
        Description = "Your saved papers: show, search, remove, retag, edit notes (only you see them)",
        Type = 1,
        Contexts = OptionShapes.Everywhere,
        Options =
        [
            OptionShapes.SubCommand("show", "Your papers, newest saved first",
                OptionShapes.Text(Tag, "Only papers with this tag", required: false, maxLength: 100),
                OptionShapes.Text(Query, "Rank your papers by how close they are in meaning to this", required: false, maxLength: 300),
                OptionShapes.Count("Which page (10 papers each)", 1000, Page)),
            OptionShapes.SubCommand("remove", "Remove a paper from your library", OptionShapes.PaperOption()),
            OptionShapes.SubCommand("tag", "Replace a saved paper's tags",
                OptionShapes.PaperOption(),
                OptionShapes.Text(SaveCommand.Tags, "The new tags, separated by spaces or commas (empty: none)", required: true, maxLength: 500)),
            OptionShapes.SubCommand("note", "Replace a saved paper's note",
                OptionShapes.PaperOption(),
                OptionShapes.Text(SaveCommand.Note, "The new note (a single dash removes it)", required: true, maxLength: LibraryRules.MaxNoteLength)),
        ],
    };

    public bool IsPrivate => true;

    public async Task<Reply> ExecuteAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var member = invocation.MemberId;
        if (invocation.Subcommand is "show" or null)
        {
            var tag = LibraryRules.NormalizeTags(invocation.GetString(Tag)) is [var first, ..] ? first : null;
            return await view.ShowAsync(member, tag, invocation.GetString(Query), (int)(invocation.GetInteger(Page) ?? 1), cancellationToken).ConfigureAwait(false);
        }

        var typed = invocation.GetString(OptionShapes.Paper) ?? "";
        if (await store.FindAsync(typed, cancellationToken).ConfigureAwait(false) is not { } paper)
        {
            return PaperCommand.NotFound(typed);
        }

        var title = Text.Escape(Text.Cut(paper.Paper.Title, 150));
        var notSaved = Reply.Private($"“{title}” is not in your library. Save it with `/save`.");
        switch (invocation.Subcommand)
        {
            case "remove":
                return await library.RemoveAsync(member, paper.Id, cancellationToken).ConfigureAwait(false)
                    ? Reply.Private($"Removed “{title}” from your library.")
                    : notSaved;
            case "tag":
                var tags = LibraryRules.NormalizeTags(invocation.GetString(SaveCommand.Tags));
                if (LibraryRules.Validate(tags, null) is { } tagProblem)
                {
                    return Reply.Private(tagProblem);
                }

                return await library.UpdateAsync(member, paper.Id, tags, null, cancellationToken).ConfigureAwait(false)
                    ? Reply.Private(tags.Count == 0 ? $"“{title}” has no tags now." : $"“{title}” is tagged {NoteText.Tags(tags)} now.")
                    : notSaved;
            default:
                var note = invocation.GetString(SaveCommand.Note)?.Trim();
                // An empty string cannot be typed into a required option: "-" is how a member clears the note.
                var cleared = note is "-" or "" or null;
                if (LibraryRules.Validate([], cleared ? null : note) is { } noteProblem)
                {
                    return Reply.Private(noteProblem);
                }

                return await library.UpdateAsync(member, paper.Id, null, cleared ? "" : note, cancellationToken).ConfigureAwait(false)
                    ? Reply.Private(cleared ? $"Removed the note on “{title}”." : $"Note on “{title}” saved:\n{NoteText.Quote(note!)}")
                    : notSaved;
        }
    }

    public Task<IReadOnlyList<AutocompleteChoice>> CompleteAsync(CommandInvocation invocation, CancellationToken cancellationToken) =>
        invocation.Focused?.Name == OptionShapes.Paper
            ? choices.CompleteAsync(invocation.FocusedText, cancellationToken)
            : Task.FromResult<IReadOnlyList<AutocompleteChoice>>([]);
}
