namespace PaperBot.Core.Text;

/// <summary>
/// Picks the sentence of an abstract that best matches the query words, cut to a length that fits a search
/// result line. Matching compares word stems loosely (a shared start), close to what the search index does.
/// </summary>
public static class SnippetBuilder
{
    private const int StemLength = 5;

    public static string Build(string text, IReadOnlyList<string> queryWords, int maxLength = 220)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(queryWords);
        var sentences = SplitSentences(text);
        if (sentences.Count == 0)
        {
            return string.Empty;
        }

        var stems = queryWords.Select(Stem).Where(s => s.Length > 1).Distinct().ToArray();
        var best = sentences[0];
        var bestScore = 0;
        foreach (var sentence in sentences)
        {
            var score = Score(sentence, stems);
            if (score > bestScore)
            {
                (best, bestScore) = (sentence, score);
            }
        }

        return Cut(best, maxLength);
    }

    /// <summary>Shortens to at most <paramref name="maxLength"/> characters at a word boundary, with an ellipsis.</summary>
    public static string Cut(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', Math.Max(0, maxLength - 1));
        return text[..(cut > maxLength / 2 ? cut : maxLength - 1)].TrimEnd(' ', ',', ';', ':') + "…";
    }

    /// <summary>Sentences: split after '.', '!' or '?' followed by a space and an upper-case letter or digit.</summary>
    public static IReadOnlyList<string> SplitSentences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length - 2; i++)
        {
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && (char.IsUpper(text[i + 2]) || char.IsDigit(text[i + 2])))
            {
                AddTrimmed(sentences, text[start..(i + 1)]);
                start = i + 2;
            }
        }

        AddTrimmed(sentences, text[start..]);
        return sentences;
    }

    private static void AddTrimmed(List<string> sentences, string sentence)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(trimmed);
        }
    }

    private static int Score(string sentence, string[] stems)
    {
        var score = 0;
        foreach (var word in sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var stem = Stem(word);
            if (stems.Any(s => stem.StartsWith(s, StringComparison.Ordinal) || s.StartsWith(stem, StringComparison.Ordinal) && stem.Length >= 4))
            {
                score++;
            }
        }

        return score;
    }

    private static string Stem(string word)
    {
        var letters = new string(word.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        return letters.Length > StemLength ? letters[..StemLength] : letters;
    }
}
