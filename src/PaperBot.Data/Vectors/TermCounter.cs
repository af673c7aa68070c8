using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace PaperBot.Data.Vectors;

/// <summary>
/// Counts the stemmed content words of a text: runs of letters and digits, lower-cased, stop words and bare numbers
/// left out, then <see cref="LightStemmer"/>. It runs on every paper at ingest, so ASCII text is scanned a run at a
/// time (vectorized), the counter is reused paper after paper, and methods are compiled optimized from the first call.
/// </summary>
internal sealed class TermCounter
{
    /// <summary>Longer runs (base64, URLs with the punctuation gone) are not words.</summary>
    public const int MaxWordLength = 32;

    private static readonly SearchValues<char> AsciiWordChars =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<string, string>? _surfaces;

    /// <param name="keepSurfaceWords">Remember the first word seen for each stem (to search the index, which stems differently).</param>
    public TermCounter(bool keepSurfaceWords = false)
    {
        _lookup = _counts.GetAlternateLookup<ReadOnlySpan<char>>();
        _surfaces = keepSurfaceWords ? new Dictionary<string, string>(StringComparer.Ordinal) : null;
    }

    public IReadOnlyDictionary<string, int> Counts => _counts;

    /// <summary>The terms of one text, counted: a convenience for query-time callers.</summary>
    public static TermCounter Of(string text, bool keepSurfaceWords = false)
    {
        var counter = new TermCounter(keepSurfaceWords);
        counter.Add(text, 1);
        return counter;
    }

    public void Clear()
    {
        _counts.Clear();
        _surfaces?.Clear();
    }

    /// <summary>Adds every term of <paramref name="text"/>, each counted <paramref name="weight"/> times.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlySpan<char> text, int weight)
    {
        Span<char> word = stackalloc char[MaxWordLength];
        var at = 0;
        var nonAscii = -1;
        while (at < text.Length)
        {
            if (nonAscii < at)
            {
                // Found once per stretch of ASCII text, not once per word.
                var next = text[at..].IndexOfAnyInRange((char)128, char.MaxValue);
                nonAscii = next < 0 ? text.Length : at + next;
            }

            var start = text[at..nonAscii].IndexOfAny(AsciiWordChars);
            if (start < 0)
            {
                if (nonAscii == text.Length)
                {
                    return;
                }

                // A word may start with a non-ASCII letter ("Über", "αβ"): read it the slow way.
                at = AddSlow(text, nonAscii, word, weight);
                continue;
            }

            start += at;
            var length = text[start..].IndexOfAnyExcept(AsciiWordChars);
            var end = length < 0 ? text.Length : start + length;
            if (end < text.Length && text[end] >= 128 && char.IsLetterOrDigit(text[end]))
            {
                at = AddSlow(text, start, word, weight);
                continue;
            }

            if (end - start <= MaxWordLength)
            {
                var lower = word[..(end - start)];
                Ascii.ToLower(text[start..end], lower, out _);
                AddWord(lower, weight);
            }

            at = end;
        }
    }

    /// <summary>The word first seen for <paramref name="term"/> (only with keepSurfaceWords), else the term itself.</summary>
    public string SurfaceOf(string term) => _surfaces is not null && _surfaces.TryGetValue(term, out var surface) ? surface : term;

    /// <summary>The <paramref name="max"/> most frequent terms; ties go to the longer (usually more specific) word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public TermVector Top(int max)
    {
        // A sorted window of the best so far: cheaper than sorting every term, as most never enter it.
        var best = new List<KeyValuePair<string, int>>(max + 1);
        foreach (var entry in _counts)
        {
            if (best.Count == max && !Before(entry, best[^1]))
            {
                continue;
            }

            var position = best.Count;
            while (position > 0 && Before(entry, best[position - 1]))
            {
                position--;
            }

            best.Insert(position, entry);
            if (best.Count > max)
            {
                best.RemoveAt(max);
            }
        }

        var terms = new string[best.Count];
        var counts = new int[best.Count];
        for (var i = 0; i < best.Count; i++)
        {
            (terms[i], counts[i]) = (best[i].Key, Math.Min(best[i].Value, TermVector.MaxCount));
        }

        return new TermVector(terms, counts);
    }

    private static bool Before(KeyValuePair<string, int> a, KeyValuePair<string, int> b) =>
        a.Value != b.Value ? a.Value > b.Value
        : a.Key.Length != b.Key.Length ? a.Key.Length > b.Key.Length
        : string.CompareOrdinal(a.Key, b.Key) < 0;

    /// <summary>Reads one word char by char (any script) from <paramref name="start"/>; returns where it ended.</summary>
    private int AddSlow(ReadOnlySpan<char> text, int start, Span<char> word, int weight)
    {
        var end = start;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        if (end == start)
        {
            return start + 1;
        }

        if (end - start <= MaxWordLength)
        {
            var lower = word[..(end - start)];
            text[start..end].ToLowerInvariant(lower);
            AddWord(lower, weight);
        }

        return end;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddWord(Span<char> word, int weight)
    {
        if (word.Length < 2 || !word.ContainsAnyExceptInRange('0', '9') || StopWords.Contains(word))
        {
            return;
        }

        // The stemmer works in place, so the word as written is copied first when the caller wants it.
        var surface = _surfaces is null ? null : word.ToString();
        var stem = word[..LightStemmer.Stem(word)];
        ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(_lookup, stem, out var existed);
        count += weight;
        if (!existed && surface is not null)
        {
            _surfaces!.GetAlternateLookup<ReadOnlySpan<char>>().TryAdd(stem, surface);
        }
    }
}
