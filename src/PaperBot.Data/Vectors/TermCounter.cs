using System.Runtime.CompilerServices;
using PaperBot.Core.Text;

namespace PaperBot.Data.Vectors;

/// <summary>
/// Counts the stemmed content words of a text: runs of letters and digits, lower-cased, stop words and bare numbers
/// left out, then <see cref="PorterStemmer"/>. It runs on every paper at ingest, so it reads the text in one pass without
/// allocating, and judges and stems each distinct word once, remembering it (up to <see cref="MaxCachedWords"/>) with a
/// small integer id that the counting uses. Not thread-safe: one per thread.
/// </summary>
internal sealed class TermCounter
{
    /// <summary>Longer runs (base64, URLs with the punctuation gone) are not words.</summary>
    public const int MaxWordLength = 32;

    /// <summary>Words remembered between texts; past this the memory starts over, so it stays flat on any corpus.</summary>
    public const int MaxCachedWords = 50_000;

    private const int NotATerm = -1;

    private readonly SpanKeyTable _words = new();
    private readonly SpanKeyTable _stems = new();
    private readonly List<int> _touched = [];
    private readonly Dictionary<string, string>? _surfaces;
    private int[] _wordTerms = new int[1024];
    private int[] _counts = new int[1024];
    private string?[] _stemStrings = new string?[1024];

    /// <param name="keepSurfaceWords">Remember the first word seen for each stem (to search the index, which stems differently).</param>
    public TermCounter(bool keepSurfaceWords = false)
    {
        _surfaces = keepSurfaceWords ? new Dictionary<string, string>(StringComparer.Ordinal) : null;
    }

    /// <summary>The counted terms (built on each call: for query-time callers).</summary>
    public IReadOnlyDictionary<string, int> Counts => _touched.ToDictionary(StemOf, id => _counts[id], StringComparer.Ordinal);

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
        if (_words.Count > MaxCachedWords)
        {
            _words.Clear();
            _stems.Clear();
            Array.Clear(_stemStrings);
        }
    }

    /// <summary>Adds every term of <paramref name="text"/>, each counted <paramref name="weight"/> times.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlySpan<char> text, int weight)
    {
        Span<char> word = stackalloc char[MaxWordLength];
        var length = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c))
            {
                // Past the longest word the length keeps counting, so the run is skipped whole.
                if (length < MaxWordLength)
                {
                    word[length] = c < 128 ? (char)(c | (char.IsAsciiLetterUpper(c) ? 0x20 : 0)) : char.ToLowerInvariant(c);
                }

                length++;
            }
            else if (length > 0)
            {
                if (length <= MaxWordLength)
                {
                    AddWord(word[..length], weight);
                }

                length = 0;
            }
        }
    }

    /// <summary>The word first seen for <paramref name="term"/> (only with keepSurfaceWords), else the term itself.</summary>
    public string SurfaceOf(string term) => _surfaces is not null && _surfaces.TryGetValue(term, out var surface) ? surface : term;

    /// <summary>
    /// The <paramref name="max"/> most frequent terms; ties go to the longer (usually more specific) word, then to the
    /// word seen first (title words come first).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public TermVector Top(int max)
    {
        // One number per term (count, then length, then earliness): this runs for every paper at ingest, and
        // comparing numbers is far cheaper than sorting terms.
        var keys = new long[_touched.Count];
        for (var position = 0; position < keys.Length; position++)
        {
            var id = _touched[position];
            keys[position] = ((long)Math.Min(_counts[id], TermVector.MaxCount) << 40) | ((long)_stems.KeyOf(id).Length << 32) | (uint.MaxValue - (uint)position);
        }

        var best = LargestKeys.Of(keys, max);
        var terms = new string[best.Length];
        var counts = new int[best.Length];
        for (var i = 0; i < best.Length; i++)
        {
            (terms[i], counts[i]) = (StemOf(_touched[(int)(uint.MaxValue - (uint)best[i])]), (int)(best[i] >> 40));
        }

        return new TermVector(terms, counts);
    }

    /// <summary>The stem as a string, made once per stem (vectors and callers keep it).</summary>
    private string StemOf(int id) => _stemStrings[id] ??= _stems.KeyOf(id).ToString();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddWord(ReadOnlySpan<char> word, int weight)
    {
        var wordId = _words.Find(word);
        if (wordId < 0)
        {
            wordId = _words.Add(word);
            if (wordId >= _wordTerms.Length)
            {
                Array.Resize(ref _wordTerms, _wordTerms.Length * 2);
            }

            _wordTerms[wordId] = Judge(word);
        }

        var id = _wordTerms[wordId];
        if (id == NotATerm)
        {
            return;
        }

        if (_counts[id] == 0)
        {
            _touched.Add(id);
            _surfaces?.TryAdd(StemOf(id), word.ToString());
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
        stem = stem[..PorterStemmer.Stem(stem)];
        var id = _stems.Find(stem);
        if (id >= 0)
        {
            return id;
        }

        id = _stems.Add(stem);
        if (id >= _counts.Length)
        {
            Array.Resize(ref _counts, _counts.Length * 2);
            Array.Resize(ref _stemStrings, _stemStrings.Length * 2);
        }

        return id;
    }
}
