namespace PaperBot.Core.Text;

/// <summary>
/// Picks the sentence of an abstract that best matches the query words, cut to a length that fits a search
/// result line. Words match by their Porter stems (<see cref="TextWords"/>), as the search index matches them.
/// </summary>
public static class SnippetBuilder
{

    public static string Build(string text, IReadOnlyList<string> queryWords, int maxLength = 220)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(queryWords);
        var sentences = SplitSentences(text);
        if (sentences.Count == 0)
        {
            return string.Empty;
        }

        var stems = queryWords.Select(LettersOf).Where(w => w.Length > 1 && !StopWords.Contains(w)).Select(PorterStemmer.Stem).Where(s => s.Length > 0).Distinct().ToArray();
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

    // Runs for every word of every abstract in a result list, so it reads the sentence in place. Porter never changes a
    // word's first letter, so a word whose first letter or digit starts no query stem cannot match: it is skipped
    // without being copied (most words are). The others' letters and digits, lower-cased, go to a stack buffer (no
    // string per word) and are stemmed.
    private static int Score(ReadOnlySpan<char> sentence, string[] stems)
    {
        Span<char> word = stackalloc char[PorterStemmer.MaxLength + 1];
        var score = 0;
        while (!sentence.IsEmpty)
        {
            var end = sentence.IndexOf(' ');
            var token = end < 0 ? sentence : sentence[..end];
            sentence = end < 0 ? [] : sentence[(end + 1)..];
            var first = FirstLetterOrDigit(token);
            if (first < 0 || !StartsAStem(char.ToLowerInvariant(token[first]), stems))
            {
                continue;
            }

            var length = 0;
            foreach (var c in token[first..])
            {
                if (char.IsLetterOrDigit(c))
                {
                    if (length > PorterStemmer.MaxLength)
                    {
                        break;
                    }

                    word[length++] = char.ToLowerInvariant(c);
                }
            }

            if (length is > 1 and <= PorterStemmer.MaxLength && Matches(word[..length], stems))
            {
                score++;
            }
        }

        return score;
    }

    private static int FirstLetterOrDigit(ReadOnlySpan<char> token)
    {
        for (var i = 0; i < token.Length; i++)
        {
            if (char.IsLetterOrDigit(token[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool StartsAStem(char first, string[] stems)
    {
        foreach (var s in stems)
        {
            if (s[0] == first)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(Span<char> word, string[] stems)
    {
        var stemmed = -1;
        foreach (var s in stems)
        {
            if (s[0] != word[0])
            {
                continue;
            }

            stemmed = stemmed < 0 ? PorterStemmer.Stem(word) : stemmed;
            if (word[..stemmed].SequenceEqual(s))
            {
                return true;
            }
        }

        return false;
    }

    private static string LettersOf(string word) => new(word.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
