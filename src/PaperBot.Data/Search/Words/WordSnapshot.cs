using System.Runtime.CompilerServices;
using System.Text;

namespace PaperBot.Data.Search.Words;

/// <summary>
/// What one search ranks against: the index built from SQLite (<see cref="Built"/>), the papers added or changed
/// since then indexed on their own (<see cref="Recent"/>), and which built papers those replace. Together they hold
/// exactly the words SQLite holds now, and the statistics BM25 needs (papers, average length) are exact too.
/// Immutable: searches share it across threads.
/// </summary>
internal sealed class WordSnapshot
{
    private readonly HashSet<int> _replaced;

    public WordSnapshot(WordSegment built, WordSegment? recent, IReadOnlyCollection<int> replaced, long maxPaperId, long changeSeq)
    {
        Built = built;
        Recent = recent;
        _replaced = [.. replaced.Where(id => built.LengthOf(id) > 0)];
        MaxPaperId = checked((int)Math.Max(maxPaperId, built.Header.MaxPaperId));
        ChangeSeq = changeSeq;
        var replacedTokens = _replaced.Sum(id => (long)built.LengthOf(id));
        Papers = built.Header.PaperCount - _replaced.Count + (recent?.Header.PaperCount ?? 0);
        var tokens = built.Header.TotalTokens - replacedTokens + (recent?.Header.TotalTokens ?? 0);
        AverageLength = Papers > 0 ? (double)tokens / Papers : 1;
        Lengths = new ushort[MaxPaperId + 1];
        for (var id = 0; id < Lengths.Length; id++)
        {
            Lengths[id] = (ushort)LengthOf(id);
        }
    }

    /// <summary>Each paper's length in tokens, by id (0: no such paper): read once per posting, so an array.</summary>
    public ushort[] Lengths { get; }

    public WordSegment Built { get; }

    public WordSegment? Recent { get; }

    /// <summary>Phrases' paper counts for this state of the database.</summary>
    public PhraseFrequencies PhraseFrequencies { get; } = new();

    /// <summary>The largest paper id in the database when this snapshot was taken.</summary>
    public int MaxPaperId { get; }

    /// <summary>The last word change reflected.</summary>
    public long ChangeSeq { get; }

    public long Papers { get; }

    public double AverageLength { get; }

    private int LengthOf(int paper)
    {
        if (Recent?.LengthOf(paper) is > 0 and var recent)
        {
            return recent;
        }

        return _replaced.Contains(paper) ? 0 : Built.LengthOf(paper);
    }

    /// <summary>
    /// The postings of <paramref name="term"/> (or of every term starting with it), with wide counts (<see cref="WordPostings.Wide"/>), into
    /// <paramref name="into"/>. <paramref name="work"/> is scratch space; <paramref name="sums"/> a zeroed array of
    /// <see cref="MaxPaperId"/> + 1 entries for prefixes, left zeroed.
    /// </summary>
    public void Postings(string term, bool prefix, PostingList into, PostingList work, uint[] sums)
    {
        into.Clear();
        var bytes = Encoding.UTF8.GetBytes(term);
        if (!prefix)
        {
            work.Clear();
            if (Built.Find(bytes) is var built and >= 0)
            {
                Built.ReadPostings(built, work);
            }

            var recentStart = work.Count;
            if (Recent?.Find(bytes) is { } recent and >= 0)
            {
                Recent.ReadPostings(recent, work);
            }

            MergeWeighted(work, recentStart, into);
            return;
        }

        // A prefix can stand for thousands of terms: add their frequencies up per paper, then read the papers in order.
        work.Clear();
        foreach (var segment in Recent is null ? [Built] : new[] { Built, Recent })
        {
            var (from, to) = segment.PrefixRange(bytes);
            for (var index = from; index < to; index++)
            {
                work.Clear();
                segment.ReadPostings(index, work);
                var fromBuilt = ReferenceEquals(segment, Built);
                for (var i = 0; i < work.Count; i++)
                {
                    var paper = work.Papers[i];
                    if (!fromBuilt || !_replaced.Contains(paper))
                    {
                        sums[paper] += WordPostings.Widen(work.Counts[i]);
                    }
                }
            }
        }

        for (var paper = 0; paper < sums.Length; paper++)
        {
            if (sums[paper] != 0)
            {
                into.Add(paper, sums[paper]);
                sums[paper] = 0;
            }
        }
    }

    /// <summary>
    /// The papers holding the phrase <paramref name="terms"/> (two or more, no prefix), with its exact counts per column
    /// (<see cref="WordPostings.Wide"/>), in paper order: its words' postings intersected, and their positions checked
    /// for the words standing one after another. Each paper's words are in one segment, so the segments' answers add up.
    /// </summary>
    /// <param name="only">When given (ascending), only these papers are matched, and only their positions are read.</param>
    public void PhrasePostings(IReadOnlyList<string> terms, PostingList into, PhraseBuffers buffers, IReadOnlyList<int>? only = null)
    {
        into.Clear();
        var fromBuilt = buffers.FromBuilt;
        fromBuilt.Clear();
        PhraseIn(Built, skipReplaced: true, terms, fromBuilt, buffers, only);
        if (Recent is null)
        {
            for (var i = 0; i < fromBuilt.Count; i++)
            {
                into.Add(fromBuilt.Papers[i], fromBuilt.Counts[i]);
            }

            return;
        }

        var fromRecent = buffers.FromRecent;
        fromRecent.Clear();
        PhraseIn(Recent, skipReplaced: false, terms, fromRecent, buffers, only);
        var (a, b) = (0, 0);
        while (a < fromBuilt.Count || b < fromRecent.Count)
        {
            if (b >= fromRecent.Count || (a < fromBuilt.Count && fromBuilt.Papers[a] < fromRecent.Papers[b]))
            {
                into.Add(fromBuilt.Papers[a], fromBuilt.Counts[a++]);
            }
            else
            {
                into.Add(fromRecent.Papers[b], fromRecent.Counts[b++]);
            }
        }
    }

    /// <summary>
    /// The phrase in one segment: the papers with every term (postings intersected first), then the positions of those
    /// papers only, each term's others skipped unread: a phrase with "of" in it need not decode "of" everywhere.
    /// </summary>
    private void PhraseIn(WordSegment segment, bool skipReplaced, IReadOnlyList<string> terms, PostingList into, PhraseBuffers buffers, IReadOnlyList<int>? only)
    {
        var indexes = new int[terms.Count];
        var postings = Enumerable.Range(0, terms.Count).Select(buffers.Postings).ToArray();
        for (var t = 0; t < terms.Count; t++)
        {
            indexes[t] = segment.Find(Encoding.UTF8.GetBytes(terms[t]));
            if (indexes[t] < 0)
            {
                return;
            }
        }

        // Each word's postings, then its positions, are read on their own (both cores, when a phrase has common words).
        var held = buffers.Held(terms.Count);
        Parallel.For(0, terms.Count, t =>
        {
            if (held[t] != (segment.Stamp, indexes[t]))
            {
                held[t] = default;
                postings[t].Clear();
                segment.ReadPostings(indexes[t], postings[t]);
                held[t] = (segment.Stamp, indexes[t]);
            }
        });

        // The papers with every term, and where each stands in each term's postings.
        var ordinals = Enumerable.Range(0, terms.Count).Select(t => buffers.Ordinals(t)).ToArray();
        foreach (var list in ordinals)
        {
            list.Clear();
        }

        var papers = buffers.Papers;
        papers.Clear();
        Intersect(postings, skipReplaced && _replaced.Count > 0 ? _replaced : null, only, papers, ordinals);

        var positions = Enumerable.Range(0, terms.Count).Select(buffers.Positions).ToArray();
        Parallel.For(0, terms.Count, t => segment.ReadPositions(indexes[t], ordinals[t], positions[t]));

        // Counting is independent paper by paper: both cores take half of the papers each.
        var counts = buffers.Counts(papers.Count);
        var halves = Math.Max(1, Math.Min(Environment.ProcessorCount, papers.Count / 4096));
        Parallel.For(0, halves, half =>
        {
            var (from, to) = (papers.Count * half / halves, papers.Count * (half + 1) / halves);
            for (var i = from; i < to; i++)
            {
                counts[i] = WordPostings.Wide(Occurrences(positions, i, column: 0), Occurrences(positions, i, column: 1));
            }
        });

        for (var i = 0; i < papers.Count; i++)
        {
            if (counts[i] != 0)
            {
                into.Add(papers[i], counts[i]);
            }
        }
    }

    /// <summary>
    /// The papers in every one of <paramref name="postings"/> (but <paramref name="skip"/>; of <paramref name="only"/>
    /// when given, ascending), in order, and where each
    /// stands in each term's postings. Its own method, with no closure around it: the phrase's hottest loop after the
    /// positions, run over every posting of its rarest word.
    /// </summary>
    private static void Intersect(PostingList[] postings, HashSet<int>? skip, IReadOnlyList<int>? only, List<int> papers, List<int>[] ordinals)
    {
        var terms = postings.Length;
        var rarest = 0;
        for (var t = 1; t < terms; t++)
        {
            rarest = postings[t].Count < postings[rarest].Count ? t : rarest;
        }

        var at = new int[terms];
        var (rarePapers, rareCount) = (postings[rarest].Papers, postings[rarest].Count);
        var wanted = 0;
        for (var k = 0; k < rareCount; k++)
        {
            var paper = rarePapers[k];
            if (only is not null)
            {
                // Leap through the rarest word's postings to the next wanted paper: a few thousand of a million.
                if (wanted == only.Count)
                {
                    return;
                }

                if (paper < only[wanted])
                {
                    k = LowerBound(rarePapers, k, rareCount, only[wanted]) - 1;
                    continue;
                }

                if (paper > only[wanted])
                {
                    wanted++;
                    k--;
                    continue;
                }

                wanted++;
            }

            at[rarest] = k;
            var inAll = skip is null || !skip.Contains(paper);
            for (var t = 0; t < terms && inAll; t++)
            {
                if (t == rarest)
                {
                    continue;
                }

                var (list, count) = (postings[t].Papers, postings[t].Count);
                var i = at[t];
                if (only is not null)
                {
                    i = LowerBound(list, i, count, paper);
                }

                while (i < count && list[i] < paper)
                {
                    i++;
                }

                at[t] = i;
                if (i == count)
                {
                    return;
                }

                inAll = list[i] == paper;
            }

            if (inAll)
            {
                papers.Add(paper);
                for (var t = 0; t < terms; t++)
                {
                    ordinals[t].Add(at[t]);
                }
            }
        }
    }

    /// <summary>The first index in <c>papers[from..to)</c> whose paper is at least <paramref name="paper"/>.</summary>
    private static int LowerBound(int[] papers, int from, int to, int paper)
    {
        var index = Array.BinarySearch(papers, from, to - from, paper);
        return index >= 0 ? index : ~index;
    }

    /// <summary>
    /// How often, in one column of one paper, the phrase's terms stand at consecutive offsets: each term's offsets are
    /// ascending, so one cursor per term walks forward with the first term's.
    /// </summary>
    private static int Occurrences(PostingPositions[] positions, int candidate, int column)
    {
        var terms = positions.Length;
        var (firstStart, firstEnd) = positions[0].RangeOf(candidate, column);
        if (firstStart == firstEnd)
        {
            return 0;
        }

        Span<int> cursors = terms <= 16 ? stackalloc int[terms] : new int[terms];
        Span<int> ends = terms <= 16 ? stackalloc int[terms] : new int[terms];
        for (var t = 1; t < terms; t++)
        {
            (cursors[t], ends[t]) = positions[t].RangeOf(candidate, column);
        }

        var first = positions[0].Offsets;
        var count = 0;
        for (var f = firstStart; f < firstEnd; f++)
        {
            var start = first[f];
            var all = true;
            for (var t = 1; t < terms && all; t++)
            {
                var offsets = positions[t].Offsets;
                var c = cursors[t];
                while (c < ends[t] && offsets[c] < start + t)
                {
                    c++;
                }

                cursors[t] = c;
                all = c < ends[t] && offsets[c] == start + t;
            }

            count += all ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// The papers with <paramref name="term"/> (or a term starting with it) in their title, in paper order, into
    /// <paramref name="into"/>: what autocomplete intersects. <paramref name="work"/> is scratch space.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void TitlePapers(string term, bool prefix, PostingList into, PostingList work)
    {
        into.Clear();
        work.Clear();
        var lists = 0;
        var bytes = Encoding.UTF8.GetBytes(term);
        foreach (var segment in Recent is null ? [Built] : new[] { Built, Recent })
        {
            var (from, to) = prefix ? segment.PrefixRange(bytes) : (segment.Find(bytes) is var found and >= 0 ? (found, found + 1) : (0, 0));
            var fromBuilt = ReferenceEquals(segment, Built);
            for (var index = from; index < to; index++)
            {
                var start = work.Count;
                lists++;
                segment.ReadTitlePostings(index, work);
                if (fromBuilt && _replaced.Count > 0)
                {
                    work.RemoveFrom(start, _replaced.Contains);
                }
            }
        }

        // Several terms, or both segments: put the papers in order once, each once (one list read is in order already).
        if (lists > 1)
        {
            Array.Sort(work.Papers, 0, work.Count);
        }

        for (var i = 0; i < work.Count; i++)
        {
            if (into.Count == 0 || into.Papers[into.Count - 1] != work.Papers[i])
            {
                into.Add(work.Papers[i], 0);
            }
        }
    }

    /// <summary>
    /// Sets, in <paramref name="bits"/> (one bit per paper id), the papers with a term starting with <paramref name="prefix"/>
    /// in their title: a prefix can stand for many terms, and a bitmap takes their union without sorting it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void TitleBits(string prefix, ulong[] bits, PostingList work)
    {
        var bytes = Encoding.UTF8.GetBytes(prefix);
        foreach (var segment in Recent is null ? [Built] : new[] { Built, Recent })
        {
            var (from, to) = segment.PrefixRange(bytes);
            var fromBuilt = ReferenceEquals(segment, Built);
            for (var index = from; index < to; index++)
            {
                work.Clear();
                segment.ReadTitlePostings(index, work);
                for (var i = 0; i < work.Count; i++)
                {
                    var paper = work.Papers[i];
                    if (!fromBuilt || _replaced.Count == 0 || !_replaced.Contains(paper))
                    {
                        bits[paper >> 6] |= 1UL << (paper & 63);
                    }
                }
            }
        }
    }

    /// <summary>Merges built postings <c>[0, recentStart)</c> (minus replaced papers) with recent ones, widening counts.</summary>
    private void MergeWeighted(PostingList work, int recentStart, PostingList into)
    {
        var (i, j) = (0, recentStart);
        into.EnsureRoom(work.Count);
        while (i < recentStart || j < work.Count)
        {
            var takeBuilt = j >= work.Count || (i < recentStart && work.Papers[i] < work.Papers[j]);
            if (takeBuilt)
            {
                if (_replaced.Count == 0 || !_replaced.Contains(work.Papers[i]))
                {
                    into.Add(work.Papers[i], WordPostings.Widen(work.Counts[i]));
                }

                i++;
            }
            else
            {
                into.Add(work.Papers[j], WordPostings.Widen(work.Counts[j]));
                j++;
            }
        }
    }
}
