namespace PaperBot.Core.Text;

/// <summary>
/// Words as PaperBot compares them everywhere outside the search index, consistent with it: runs of letters and digits,
/// lower-cased (FTS5's unicode61), stop words left out (<see cref="StopWords"/>), stemmed with Porter
/// (<see cref="PorterStemmer"/>, FTS5's porter), so "quantized" meets "quantization".
/// </summary>
public static class TextWords
{
    /// <summary>The words of <paramref name="text"/>, lower-cased, in order (bare numbers and single letters left out).</summary>
    public static List<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0 && i - start >= 2 && text.AsSpan(start, i - start).ContainsAnyExceptInRange('0', '9'))
            {
                words.Add(text[start..i].ToLowerInvariant());
            }

            start = -1;
        }

        return words;
    }

    public static bool IsStopWord(string word) => StopWords.Contains(word);

    /// <inheritdoc cref="StopWords.IsGeneric"/>
    public static bool IsGeneric(string word) => StopWords.IsGeneric(word);

    /// <summary>The Porter stem of a lower-case word.</summary>
    public static string Stem(string word) => PorterStemmer.Stem(word);

    /// <summary>The distinct stems of the content words of <paramref name="text"/>, in order of first use.</summary>
    public static List<string> ContentStems(string text) => ContentStemSequence(text).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The stems of the content words of <paramref name="text"/> in order, repeats kept: for finding a phrase in a row.</summary>
    public static List<string> ContentStemSequence(string text) => [.. Words(text).Where(w => !IsStopWord(w)).Select(Stem)];
}
