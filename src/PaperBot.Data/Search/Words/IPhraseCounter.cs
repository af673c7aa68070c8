namespace PaperBot.Data.Search.Words;

/// <summary>
/// Counts phrases in given papers, for a phrase ranked on bounds (its words' smallest counts): only the papers that
/// could make the top are counted exactly, from their text (<see cref="PhraseCounter"/>, for a phrase ending in a prefix)
/// or the index's positions (<see cref="PositionPhraseCounter"/>).
/// </summary>
internal interface IPhraseCounter
{
    /// <summary>For each of <paramref name="papers"/>, the weighted count of each of <paramref name="phrases"/>.</summary>
    Dictionary<int, int[]> Count(IReadOnlyList<int> papers, IReadOnlyList<WordPhrase> phrases);

    /// <summary>How many papers hold the phrase, as FTS5 counts them for BM25's IDF; null when that costs too much to ask.</summary>
    long? PapersWith(WordPhrase phrase, int papersWithAllTerms);
}
