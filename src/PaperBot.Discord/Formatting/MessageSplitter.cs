namespace PaperBot.Discord.Formatting;

/// <summary>
/// Splits a long answer into messages of at most 2,000 characters: at paragraph breaks when it can, else at line
/// breaks, sentence ends or spaces, and only as a last resort inside a word.
/// </summary>
internal static class MessageSplitter
{
    public static IReadOnlyList<string> Split(string text, int max = DiscordLimits.Content)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = new List<string>();
        var rest = text.Trim();
        while (rest.Length > max)
        {
            var cut = BestCut(rest, max);
            parts.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            parts.Add(rest);
        }

        return parts;
    }

    private static int BestCut(string text, int max)
    {
        var window = text.AsSpan(0, max);
        // Never cut in the first half when a better break exists later on: the parts stay balanced.
        var floor = max / 2;
        foreach (var separator in (ReadOnlySpan<string>)["\n\n", "\n", ". ", "? ", "! ", " "])
        {
            var at = window.LastIndexOf(separator, StringComparison.Ordinal);
            if (at >= floor)
            {
                return at + separator.Length;
            }
        }

        return char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
    }
}
