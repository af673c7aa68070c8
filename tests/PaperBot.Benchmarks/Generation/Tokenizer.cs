namespace PaperBot.Benchmarks.Generation;

/// <summary>Splits real titles and abstracts into sentences of plain ASCII words, to learn a vocabulary and word pairs from.</summary>
internal static class Tokenizer
{
    /// <summary>
    /// Sentences of words. A word is a white-space separated chunk with its surrounding punctuation removed, made only
    /// of ASCII letters, digits, inner hyphens and apostrophes ("state-of-the-art", "LLMs"); other chunks are dropped
    /// and break the word pairs around them.
    /// </summary>
    public static List<List<string>> Sentences(string text)
    {
        var sentences = new List<List<string>>();
        var current = new List<string>();
        foreach (var chunk in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var start = 0;
            var end = chunk.Length;
            while (start < end && !char.IsAsciiLetterOrDigit(chunk[start]))
            {
                start++;
            }

            while (end > start && !char.IsAsciiLetterOrDigit(chunk[end - 1]))
            {
                end--;
            }

            var word = chunk[start..end];
            if (word.Length > 0 && IsPlainWord(word))
            {
                current.Add(word);
            }
            else
            {
                Flush(sentences, ref current);
            }

            if (chunk.EndsWith('.') || chunk.EndsWith('?') || chunk.EndsWith('!') || chunk.EndsWith(':') || chunk.EndsWith(';'))
            {
                Flush(sentences, ref current);
            }
        }

        Flush(sentences, ref current);
        return sentences;
    }

    private static bool IsPlainWord(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '-' and not '\'')
            {
                return false;
            }
        }

        return true;
    }

    private static void Flush(List<List<string>> sentences, ref List<string> current)
    {
        if (current.Count > 0)
        {
            sentences.Add(current);
            current = [];
        }
    }
}
