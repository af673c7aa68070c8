using PaperBot.Discord.Formatting;

namespace PaperBot.Discord.Library;

/// <summary>
/// A member's note as others read it: quoted, on one line, and inert. Markdown is escaped; mentions and links are broken
/// with a zero-width space so they show as typed instead of rendering as a ping, a role or a link (allowed_mentions
/// being empty already stops the ping itself).
/// </summary>
internal static class NoteText
{
    private const string ZeroWidthSpace = "\u200B";

    public static string Quote(string note, int max = 200)
    {
        ArgumentNullException.ThrowIfNull(note);
        var oneLine = string.Join(' ', note.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var inert = Text.Escape(Text.Cut(oneLine, max))
            .Replace("<", "\\<", StringComparison.Ordinal)
            .Replace("#", "\\#", StringComparison.Ordinal)
            .Replace("@", "@" + ZeroWidthSpace, StringComparison.Ordinal)
            .Replace("://", ":" + ZeroWidthSpace + "//", StringComparison.Ordinal);
        return "> " + inert;
    }

    /// <summary>Tags as <c>`#tag`</c> chips (code spans show any character literally).</summary>
    public static string Tags(IReadOnlyList<string> tags) =>
        string.Join(' ', tags.Select(t => $"`#{t.Replace('`', '\'')}`"));
}
