using System.Collections.Concurrent;

namespace PaperBot.Data.Search.Words;

/// <summary>
/// Words turned into index terms exactly as FTS5 turns them (through a <see cref="ScratchFts"/>: "Models" becomes
/// "model"), remembered: a corpus has a few hundred thousand distinct words, and each costs FTS5 tens of microseconds.
/// Thread-safe.
/// </summary>
internal sealed class WordTerms(Func<ScratchFts> rentScratch, Action<ScratchFts> returnScratch)
{
    /// <summary>Words remembered at most; past it the memory starts again (a few tens of MB at most).</summary>
    private const int MaxWords = 500_000;

    private readonly ConcurrentDictionary<string, string[]> _terms = new(StringComparer.Ordinal);

    /// <summary>The terms of a word given as a slice of a paper's text: no string is made for a word seen before.</summary>
    public string[] Of(ReadOnlySpan<char> word) =>
        _terms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var known) ? known : Of(word.ToString());

    public string[] Of(string word)
    {
        if (_terms.TryGetValue(word, out var known))
        {
            return known;
        }

        var scratch = rentScratch();
        try
        {
            known = [.. scratch.Terms(word)];
        }
        finally
        {
            returnScratch(scratch);
        }

        if (_terms.Count >= MaxWords)
        {
            _terms.Clear();
        }

        _terms[word] = known;
        return known;
    }
}
