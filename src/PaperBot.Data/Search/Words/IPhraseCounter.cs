namespace PaperBot.Data.Search.Words;

/// <summary>
/// Counts phrases in papers' current text. The word index keeps no positions (they would triple its size), so a phrase
/// is first bounded by its rarest word's count, and only the papers that could make the top are counted exactly.
/// </summary>
internal interface IPhraseCounter
{
    /// <summary>For each of <paramref name="papers"/>, the weighted count of each of <paramref name="phrases"/>.</summary>
    Dictionary<int, int[]> Count(IReadOnlyList<int> papers, IReadOnlyList<WordPhrase> phrases);

    /// <summary>How many papers hold the phrase, as FTS5 counts them for BM25's IDF; null when that costs too much to ask.</summary>
    long? PapersWith(WordPhrase phrase, int papersWithAllTerms);
}
