using System.Collections.Concurrent;

namespace PaperBot.Data.Search.Words;

/// <summary>
/// Phrases' paper counts, remembered for one state of the database (a snapshot makes a new one): a hyphenated word is
/// asked about again and again, and its count only changes with the papers.
/// </summary>
internal sealed class PhraseFrequencies
{
    private const int MaxPhrases = 10_000;
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    public long GetOrAdd(string match, Func<string, long> count)
    {
        if (_counts.TryGetValue(match, out var known))
        {
            return known;
        }

        if (_counts.Count >= MaxPhrases)
        {
            _counts.Clear();
        }

        return _counts[match] = count(match);
    }
}
