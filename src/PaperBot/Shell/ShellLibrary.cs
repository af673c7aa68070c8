using System.Globalization;
using System.Text;
using PaperBot.Core.Library;
using PaperBot.Core.Papers;

namespace PaperBot.Shell;

/// <summary>
/// <c>/save</c> and <c>/library</c> in the local shell, acting for the member <see cref="MemberId"/>: the same library
/// and rules as Discord's commands, so what is saved here is there for the <c>library</c> verb (and export) too.
/// </summary>
internal sealed class ShellLibrary(ILibraryStore library, IPaperStore store)
{
    public const string MemberId = LocalMember.Id;

    /// <summary><c>/save ID-OR-TITLE [#tag ...] [note]</c>: the words before the first #tag name the paper, the rest is the note.</summary>
    public async Task<string> SaveAsync(string argument, CancellationToken cancellationToken)
    {
        var (paperText, tags, note) = Split(argument);
        if (paperText.Length == 0)
        {
            return ShellCommand.Usage("/save");
        }

        if (LibraryRules.Validate(tags, LibraryRules.NormalizeNote(note)) is { } problem)
        {
            return Line(problem);
        }

        if (await store.FindAsync(paperText, cancellationToken) is not { } paper)
        {
            return Line($"No paper matches \"{paperText}\". Try /search {paperText}");
        }

        return await library.SaveAsync(MemberId, paper.Id, tags, note, cancellationToken) switch
        {
            SaveOutcome.Saved => Line($"Saved \"{paper.Paper.Title}\" (#{paper.Id}) to your library ({await library.CountAsync(MemberId, null, cancellationToken)} papers). /library to see them."),
            SaveOutcome.AlreadySaved => Line($"\"{paper.Paper.Title}\" is already in your library."),
            _ => Line($"No paper #{paper.Id}."),
        };
    }

    /// <summary><c>/library [tag]</c>: every saved paper (with the tag), newest saved first.</summary>
    public async Task<string> ListAsync(string argument, CancellationToken cancellationToken)
    {
        var tag = LibraryRules.NormalizeTags(argument) is [var first, ..] ? first : null;
        var total = await library.CountAsync(MemberId, tag, cancellationToken);
        if (total == 0)
        {
            return Line(tag is null ? "Your library is empty. /save ID-OR-TITLE adds a paper." : $"No papers tagged #{tag}. /library lists them all.");
        }

        var papers = await library.ListAsync(MemberId, tag, 0, total, cancellationToken);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Your library{(tag is null ? "" : $" (#{tag})")}: {total} paper{(total == 1 ? "" : "s")}, newest saved first.");
        foreach (var (saved, i) in papers.Select((p, i) => (p, i + 1)))
        {
            var tags = saved.Tags.Count == 0 ? "" : " " + string.Join(' ', saved.Tags.Select(t => "#" + t));
            text.AppendLine(CultureInfo.InvariantCulture, $"{i,3}. {saved.Paper.Paper.Title} (#{saved.Paper.Id}){tags}  saved {saved.SavedAt:yyyy-MM-dd}");
            if (saved.Note is { } note)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"     {note.ReplaceLineEndings(" ")}");
            }
        }

        return text.ToString();
    }

    /// <summary>"GPipe #rl #to-read read by Friday" -> ("GPipe", [rl, to-read], "read by Friday"); a leading "#12" is a paper id.</summary>
    internal static (string Paper, IReadOnlyList<string> Tags, string? Note) Split(string argument)
    {
        var words = argument.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var firstTag = words.Length < 2 ? -1 : Array.FindIndex(words, 1, w => w.StartsWith('#') && w.Length > 1);
        if (firstTag < 0)
        {
            return (argument.Trim(), [], null);
        }

        var afterTags = firstTag;
        while (afterTags < words.Length && words[afterTags].StartsWith('#'))
        {
            afterTags++;
        }

        var note = string.Join(' ', words[afterTags..]);
        return (string.Join(' ', words[..firstTag]), LibraryRules.NormalizeTags(string.Join(' ', words[firstTag..afterTags])), note.Length == 0 ? null : note);
    }

    private static string Line(string text) => text + Environment.NewLine;
}
