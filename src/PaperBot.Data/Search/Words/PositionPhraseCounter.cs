namespace PaperBot.Data.Search.Words;

/// <summary>
/// Counts whole phrases (no prefix) in a few given papers from the index's own positions: only those papers' postings
/// are looked up, and only the blocks of positions that hold them are read.
/// </summary>
internal sealed class PositionPhraseCounter(WordSnapshot snapshot, PhraseBuffers buffers) : IPhraseCounter
{
    private readonly PostingList _found = new();

    public Dictionary<int, int[]> Count(IReadOnlyList<int> papers, IReadOnlyList<WordPhrase> phrases)
    {
        var sorted = papers.Order().ToList();
        var counts = new Dictionary<int, int[]>(papers.Count);
        for (var p = 0; p < phrases.Count; p++)
        {
            snapshot.PhrasePostings(phrases[p].Terms, _found, buffers, sorted);
            for (var k = 0; k < _found.Count; k++)
            {
                if (!counts.TryGetValue(_found.Papers[k], out var perPhrase))
                {
                    counts[_found.Papers[k]] = perPhrase = new int[phrases.Count];
                }

                perPhrase[p] = WordPostings.WideWeighted(_found.Counts[k]);
            }
        }

        return counts;
    }

    /// <summary>Not asked: a bounded whole phrase takes the IDF of the papers with all its words.</summary>
    public long? PapersWith(WordPhrase phrase, int papersWithAllTerms) => null;
}
