using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace PaperBot.Data.Vectors;

/// <summary>
/// Counts the stemmed content words of a text: runs of letters and digits, lower-cased, stop words and bare numbers
/// left out, then <see cref="LightStemmer"/>. It runs on every paper at ingest, so ASCII text is scanned a run at a
/// time (vectorized), and each distinct word is looked up, judged and stemmed once, then remembered (up to
/// <see cref="MaxCachedWords"/>) with a small integer id that the counting uses. Not thread-safe: one per thread.
/// </summary>
internal sealed class TermCounter
{
    /// <summary>Longer runs (base64, URLs with the punctuation gone) are not words.</summary>
    public const int MaxWordLength = 32;

    /// <summary>Words remembered between texts; past this the memory starts over, so it stays flat on any corpus.</summary>
    public const int MaxCachedWords = 50_000;

    private const int NotATerm = -1;

    private static readonly SearchValues<char> AsciiWordChars =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private readonly Dictionary<string, int> _wordTerms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly Dictionary<string, int> _stemTerms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _stemLookup;
    private readonly List<string> _stems = [];
    private readonly List<int> _touched = [];
    private readonly Dictionary<string, string>? _surfaces;
    private int[] _counts = new int[1024];

    /// <param name="keepSurfaceWords">Remember the first word seen for each stem (to search the index, which stems differently).</param>
    public TermCounter(bool keepSurfaceWords = false)
    {
        _words = _wordTerms.GetAlternateLookup<ReadOnlySpan<char>>();
        _stemLookup = _stemTerms.GetAlternateLookup<ReadOnlySpan<char>>();
        _surfaces = keepSurfaceWords ? new Dictionary<string, string>(StringComparer.Ordinal) : null;
    }

    /// <summary>The counted terms (built on each call: for query-time callers).</summary>
    public IReadOnlyDictionary<string, int> Counts => _touched.ToDictionary(id => _stems[id], id => _counts[id], StringComparer.Ordinal);

    /// <summary>The terms of one text, counted: a convenience for query-time callers.</summary>
    public static TermCounter Of(string text, bool keepSurfaceWords = false)
    {
        var counter = new TermCounter(keepSurfaceWords);
        counter.Add(text, 1);
        return counter;
    }

    /// <summary>Forgets the counts (not the remembered words), ready for the next text.</summary>
    public void Clear()
    {
        foreach (var id in _touched)
        {
            _counts[id] = 0;
        }

        _touched.Clear();
        _surfaces?.Clear();
        if (_wordTerms.Count > MaxCachedWords)
        {
            _wordTerms.Clear();
            _stemTerms.Clear();
            _stems.Clear();
        }
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
        var best = new List<int>(max + 1);
        foreach (var id in _touched)
        {
            if (best.Count == max && !Before(id, best[^1]))
            {
                continue;
            }

            var position = best.Count;
            while (position > 0 && Before(id, best[position - 1]))
            {
                position--;
            }

            best.Insert(position, id);
            if (best.Count > max)
            {
                best.RemoveAt(max);
            }
        }

        var terms = new string[best.Count];
        var counts = new int[best.Count];
        for (var i = 0; i < best.Count; i++)
        {
            (terms[i], counts[i]) = (_stems[best[i]], Math.Min(_counts[best[i]], TermVector.MaxCount));
        }

        return new TermVector(terms, counts);
    }

    private bool Before(int a, int b)
    {
        var (countA, countB) = (_counts[a], _counts[b]);
        if (countA != countB)
        {
            return countA > countB;
        }

        var (stemA, stemB) = (_stems[a], _stems[b]);
        return stemA.Length != stemB.Length ? stemA.Length > stemB.Length : string.CompareOrdinal(stemA, stemB) < 0;
    }

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
    private void AddWord(ReadOnlySpan<char> word, int weight)
    {
        if (!_words.TryGetValue(word, out var surface, out var id))
        {
            surface = word.ToString();
            id = Judge(word);
            _wordTerms[surface] = id;
        }

        if (id == NotATerm)
        {
            return;
        }

        if (_counts[id] == 0)
        {
            _touched.Add(id);
            _surfaces?.TryAdd(_stems[id], surface);
        }

        _counts[id] += weight;
    }

    /// <summary>The term id of a word not seen before: its stem's, or <see cref="NotATerm"/> for a stop word or a number.</summary>
    private int Judge(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !word.ContainsAnyExceptInRange('0', '9') || StopWords.Contains(word))
        {
            return NotATerm;
        }

        Span<char> stem = stackalloc char[word.Length];
        word.CopyTo(stem);
        stem = stem[..LightStemmer.Stem(stem)];
        if (_stemLookup.TryGetValue(stem, out var id))
        {
            return id;
        }

        id = _stems.Count;
        var text = stem.ToString();
        _stems.Add(text);
        _stemTerms[text] = id;
        if (id >= _counts.Length)
        {
            Array.Resize(ref _counts, _counts.Length * 2);
        }

        return id;
    }
}
