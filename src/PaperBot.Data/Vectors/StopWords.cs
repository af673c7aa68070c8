namespace PaperBot.Data.Vectors;

/// <summary>
/// Words left out of sparse vectors: English function words, and the words every abstract uses ("we propose a
/// novel method ... results show") that would otherwise fill a paper's few stored terms without saying what it is about.
/// </summary>
internal static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        // Function words.
        "a", "about", "above", "across", "after", "again", "against", "all", "almost", "along", "already", "also", "although",
        "always", "am", "among", "an", "and", "another", "any", "are", "around", "as", "at", "be", "because", "been", "before",
        "being", "below", "between", "both", "but", "by", "can", "cannot", "could", "did", "do", "does", "doing", "done", "down",
        "during", "each", "either", "else", "enough", "etc", "even", "ever", "every", "few", "for", "from", "further", "had",
        "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "however", "i", "if", "in", "into", "is",
        "it", "its", "itself", "just", "least", "less", "let", "like", "many", "may", "me", "might", "more", "most", "much",
        "must", "my", "neither", "no", "nor", "not", "now", "of", "off", "often", "on", "once", "one", "only", "onto", "or",
        "other", "others", "otherwise", "our", "ours", "out", "over", "own", "per", "perhaps", "quite", "rather", "same",
        "several", "shall", "she", "should", "since", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
        "themselves", "then", "there", "thereby", "therefore", "these", "they", "this", "those", "though", "through", "thus",
        "to", "too", "toward", "towards", "two", "under", "until", "up", "upon", "us", "very", "via", "was", "way", "we", "well",
        "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within",
        "without", "would", "yet", "you", "your", "yours",

        // What every abstract says.
        "al", "approach", "approaches", "based", "demonstrate", "demonstrates", "et", "existing", "furthermore", "introduce",
        "introduces", "method", "methods", "moreover", "new", "novel", "paper", "present", "presents", "propose", "proposed",
        "proposes", "result", "results", "show", "showed", "shown", "shows", "specifically", "use", "used", "uses", "using",
        "work", "works",

        // What a member types around the topic ("can you find me papers about ...").
        "anything", "find", "give", "know", "list", "look", "looking", "papers", "please", "research", "tell",
        "want", "something",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> lowerCaseWord) => Lookup.Contains(lowerCaseWord);
}
