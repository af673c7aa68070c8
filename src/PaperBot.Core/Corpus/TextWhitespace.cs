using System.Text;

namespace PaperBot.Core.Corpus;

/// <summary>Folds the hard line breaks and indentation of API and feed text into single spaces.</summary>
internal static class TextWhitespace
{
    public static string Collapse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The collapsed text, or null when nothing is left.</summary>
    public static string? CollapseOrNull(string? text) => Collapse(text) is { Length: > 0 } collapsed ? collapsed : null;
}
