namespace PaperBot.Core.Text;

/// <summary>
/// The one stop-word list: words that say nothing about a paper's subject, left out of term vectors, offline answers,
/// snippets and topic matching alike.
/// </summary>
public static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        // Function words.
        "a", "about", "above", "across", "after", "again", "against", "all", "almost", "along", "already", "also",
        "although", "always", "am", "among", "an", "and", "another", "any", "are", "around", "as", "at", "be",
        "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "cannot", "could",
        "did", "do", "does", "doing", "done", "down", "during", "each", "either", "else", "enough", "etc", "even",
        "ever", "every", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
        "him", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "least", "less",
        "let", "like", "many", "may", "me", "might", "more", "most", "much", "must", "my", "neither", "no", "nor",
        "not", "now", "of", "off", "often", "on", "once", "one", "only", "onto", "or", "other", "others", "otherwise",
        "our", "ours", "out", "over", "own", "per", "perhaps", "quite", "rather", "same", "several", "shall", "she",
        "should", "since", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves",
        "then", "there", "thereby", "therefore", "these", "they", "this", "those", "though", "through", "thus", "to",
        "too", "toward", "towards", "two", "under", "until", "up", "upon", "us", "very", "via", "was", "way", "we",
        "well", "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will",
        "with", "within", "without", "would", "yet", "you", "your", "yours",

        // What every abstract says ("we propose a novel method ... results show").
        "al", "approach", "approaches", "based", "demonstrate", "demonstrates", "et", "existing", "furthermore",
        "introduce", "introduces", "method", "methods", "moreover", "new", "novel", "paper", "present", "presents",
        "propose", "proposed", "proposes", "result", "results", "show", "showed", "shown", "shows", "specifically",
        "use", "used", "uses", "using", "work", "works",

        // What a member types around the topic ("can you find me papers about ...", "explain the best way to ...").
        "anything", "best", "describe", "explain", "find", "get", "give", "good", "know", "list", "look", "looking",
        "papers", "please", "research", "say", "says", "something", "tell", "thing", "things", "want", "ways",
        "whats",
    };

    // Words every abstract uses: not stop words (they can be what a title is about), but never a paper's key terms.
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "accuracy", "achieve", "address", "algorithm", "algorithms", "approach", "based", "different", "effective",
        "efficiency", "efficient", "existing", "experiments", "framework", "high", "improve", "improves", "large",
        "learning", "method", "methods", "model", "models", "network", "networks", "neural", "new", "novel",
        "performance", "propose", "proposed", "results", "show", "significantly", "state", "study", "task", "tasks",
        "towards", "trained", "training", "various",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the lower-case <paramref name="word"/> is a stop word.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Lookup.Contains(word);

    /// <summary>A stop word, or a word so common in abstracts that it names nothing in particular.</summary>
    public static bool IsGeneric(string word) => Words.Contains(word) || Generic.Contains(word);
}
