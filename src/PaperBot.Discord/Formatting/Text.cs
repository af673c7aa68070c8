namespace PaperBot.Discord.Formatting;

/// <summary>Cutting text to Discord's limits without breaking words or surrogate pairs.</summary>
internal static class Text
{
    private const char Ellipsis = '…';

    /// <summary><paramref name="text"/> if it fits in <paramref name="max"/> characters, else cut at a word and ended with an ellipsis.</summary>
    public static string Cut(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        if (text.Length <= max)
        {
            return text;
        }

        var end = max - 1;
        var space = text.LastIndexOf(' ', end - 1, Math.Min(end, 40));
        if (space > 0)
        {
            end = space;
        }
        else if (char.IsLowSurrogate(text[end]))
        {
            end--;
        }

        return string.Concat(text.AsSpan(0, end).TrimEnd(), Ellipsis.ToString());
    }

    /// <summary>Markdown characters that would change how a title reads, escaped.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '*' or '_' or '`' or '~' or '|' or '[' or ']' or '\\' or '>')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
