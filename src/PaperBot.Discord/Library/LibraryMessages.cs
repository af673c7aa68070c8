using System.Globalization;
using PaperBot.Core.Library;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Library;

/// <summary>A page of a member's library (private) or of a channel's reading list (public): one embed of numbered lines.</summary>
internal static class LibraryMessages
{
    private const int Accent = 0x5865F2;

    /// <summary>Page <paramref name="page"/> (1-based) of the member's library, with Previous / Next buttons for them alone.</summary>
    public static Reply LibraryPage(string memberId, IReadOnlyList<SavedPaper> papers, int total, int page, string? tag, string? query)
    {
        var of = tag is null ? "" : $" tagged `#{tag.Replace('`', '\'')}`";
        if (total == 0)
        {
            return Reply.Private(tag is null
                ? "Your library is empty. Save papers with the Save buttons under papers, or `/save paper`."
                : $"No papers{of} in your library. `/library show` lists them all.");
        }

        var pages = Pages(total);
        if (papers.Count == 0)
        {
            return Reply.Private(query is null ? $"There are {pages} page{Plural(pages)}: pick a page from 1 to {pages}." : $"Nothing in your library{of} matches \"{Text.Cut(query, 100)}\".");
        }

        var heading = query is null
            ? $"Your library{of}: {total} paper{Plural(total)}, newest saved first (page {page} of {pages})."
            : $"Your library{of} ranked for \"{Text.Escape(Text.Cut(query, 100))}\": {total} paper{Plural(total)} (page {page} of {pages}).";
        var lines = papers.Select((p, i) => Line(p, ((page - 1) * LibraryRules.PageSize) + i + 1, addedBy: false));
        var embed = new Embed { Description = Text.Cut(string.Join('\n', lines), DiscordLimits.EmbedDescription), Color = Accent };
        // Query results are paged with the page option: the query would not fit in a button's id next to the rest.
        var buttons = query is null ? PageButtons(memberId, page, pages, tag) : [];
        return new Reply(heading, [embed], buttons.Count == 0 ? null : [Component.Row(buttons)], Ephemeral: true);
    }

    public static Reply ReadingList(IReadOnlyList<SavedPaper> papers, int total, int page)
    {
        if (total == 0)
        {
            return new Reply("This channel's reading list is empty. Add a paper with `/readinglist add paper`.");
        }

        var pages = Pages(total);
        if (papers.Count == 0)
        {
            return Reply.Private($"The reading list has {pages} page{Plural(pages)}: pick a page from 1 to {pages}.");
        }

        var lines = papers.Select((p, i) => Line(p, ((page - 1) * LibraryRules.PageSize) + i + 1, addedBy: true));
        var embed = new Embed { Description = Text.Cut(string.Join('\n', lines), DiscordLimits.EmbedDescription), Color = Accent };
        var more = page < pages ? $" Next: `/readinglist show page:{page + 1}`." : "";
        return new Reply($"Reading list: {total} paper{Plural(total)}, newest added first (page {page} of {pages}).{more}", [embed])
        {
            ShownPaperIds = [.. papers.Select(p => p.Paper.Id)],
        };
    }

    /// <summary>A Discord member as a mention (their name, never a ping); anyone else (the shell's "local") as written.</summary>
    private static string Who(string memberId) => memberId.All(char.IsAsciiDigit) ? $"<@{memberId}>" : Text.Escape(memberId);

    public static int Pages(int total) => Math.Max(1, (total + LibraryRules.PageSize - 1) / LibraryRules.PageSize);

    public static string Plural(int count) => count == 1 ? "" : "s";

    private static List<Component> PageButtons(string memberId, int page, int pages, string? tag)
    {
        var buttons = new List<Component>();
        if (page > 1 && LibraryButtonIds.Page(memberId, page - 1, tag) is { } previous)
        {
            buttons.Add(Component.Button("Previous", previous));
        }

        if (page < pages && LibraryButtonIds.Page(memberId, page + 1, tag) is { } next)
        {
            buttons.Add(Component.Button("Next", next, Component.PrimaryStyle));
        }

        return buttons;
    }

    /// <summary>"3. [Title](link) · #42 · `#rl` · saved 2026-12-01" and the note quoted under it.</summary>
    private static string Line(SavedPaper saved, int rank, bool addedBy)
    {
        var paper = saved.Paper;
        var title = Text.Escape(Text.Cut(paper.Paper.Title, 150));
        var url = paper.ArxivUrl;
        var facts = new List<string> { url is null ? $"**{rank}.** {title}" : $"**{rank}.** [{title}]({url})", $"#{paper.Id}" };
        if (saved.Tags.Count > 0)
        {
            facts.Add(NoteText.Tags(saved.Tags));
        }

        // A mention shows the member's name; allowed_mentions being empty means it never pings them.
        facts.Add(addedBy && saved.SavedBy is { } by
            ? $"added by {Who(by)} {saved.SavedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
            : $"saved {saved.SavedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        var line = string.Join(" · ", facts);
        return saved.Note is { } note ? $"{line}\n{NoteText.Quote(note)}" : line;
    }
}
