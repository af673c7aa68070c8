namespace PaperBot.AI.Offline;

/// <summary>
/// Words for matching a question to sentences: lower-cased runs of letters and digits, function words and question
/// words left out, and a loose stem (a plural s dropped, then the first five letters, as <c>SnippetBuilder</c> does)
/// so that "quantized" meets "quantization".
/// </summary>
internal static class OfflineTerms
{
    private const int StemLength = 5;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "about", "after", "all", "also", "am", "an", "and", "any", "anything", "are", "as", "at", "be", "been", "best",
        "both", "but", "by", "can", "could", "describe", "did", "do", "does", "done", "each", "explain", "find", "for", "from",
        "get", "give", "good", "had", "has", "have", "he", "her", "here", "him", "his", "how", "i", "if", "in", "into", "is",
        "it", "its", "know", "let", "like", "me", "more", "most", "much", "my", "no", "not", "of", "on", "one", "or", "other",
        "our", "out", "over", "paper", "papers", "please", "say", "says", "she", "should", "show", "so", "some", "such",
        "tell", "than", "that", "the", "their", "them", "then", "there", "these", "they", "thing", "things", "this", "those",
        "to", "under", "up", "us", "use", "used", "using", "very", "via", "want", "was", "way", "ways", "we", "well", "were",
        "what", "whats", "when", "where", "which", "while", "who", "why", "will", "with", "work", "works", "would", "you", "your",
    };

    // Words every abstract uses: never key terms, however often they occur.
    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "accuracy", "achieve", "address", "algorithm", "algorithms", "approach", "based", "different", "effective", "efficiency",
        "efficient", "existing", "experiments", "framework", "high", "improve", "improves", "large", "learning", "method",
        "methods", "model", "models", "network", "networks", "neural", "new", "novel", "performance", "propose", "proposed",
        "results", "show", "significantly", "state", "study", "task", "tasks", "towards", "trained", "training", "various",
    };

    /// <summary>The words of <paramref name="text"/>, lower-cased, in order (bare numbers and single letters left out).</summary>
    public static List<string> Words(string text)
    {
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

    /// <summary>A stop word, or a word so common in abstracts that it names nothing in particular.</summary>
    public static bool IsGeneric(string word) => StopWords.Contains(word) || GenericWords.Contains(word);

    public static string Stem(string word)
    {
        var stem = word.Length > 3 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : word;
        return stem.Length > StemLength ? stem[..StemLength] : stem;
    }

    /// <summary>The distinct stems of the content words of <paramref name="text"/>, in order of first use.</summary>
    public static List<string> ContentStems(string text) =>
        Words(text).Where(w => !IsStopWord(w)).Select(Stem).Distinct(StringComparer.Ordinal).ToList();
}
