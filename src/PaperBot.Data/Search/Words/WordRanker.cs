namespace PaperBot.Data.Search.Words;

/// <summary>
/// Ranks a <see cref="WordQuery"/> by FTS5's BM25 over a <see cref="WordSnapshot"/>: every posting of every phrase is
/// scored into a dense per-paper array (tens of millions a second: a million-paper corpus's commonest word in a few
/// milliseconds), then the best are kept in a heap. Phrases are matched on the index's positions; a phrase ending in a
/// prefix is scored first by an upper bound and counted exactly only for the papers that could still reach the top,
/// best bound first, until no bound left can beat the last place.
/// A query that is one phrase alone, held by many papers, is ranked the same way: its order does not depend on its IDF,
/// and reading every position of its words costs more than counting it in the few papers that can reach the top.
/// One ranker serves one search at a time: its arrays are reused, not shared.
/// </summary>
/// <param name="boundLonePhrasesFrom">
/// How many papers must hold all of a lone phrase's words before it is bounded rather than matched on positions.
/// </param>
/// <param name="positionBatch">How many of a bounded lone phrase's candidates are counted first (then four times more each time).</param>
internal sealed class WordRanker(int boundLonePhrasesFrom = WordRanker.BoundLonePhrasesFrom, int positionBatch = WordRanker.PositionBatch)
{
    /// <summary>
    /// Below this many papers with all its words, a lone phrase's positions are read for all of them (a few milliseconds);
    /// above, only those of the papers that can reach the top.
    /// </summary>
    public const int BoundLonePhrasesFrom = 20_000;

    private const int FirstCheck = 64;

    /// <summary>A bounded lone phrase's first batch: a thousand papers cost little more than ten to look up in positions.</summary>
    public const int PositionBatch = 1024;
    private double[] _scores = [];
    private uint[] _clauses = [];
    private int[] _touched = [];
    private uint[] _sums = [];
    private readonly PostingList _work = new();
    private readonly PostingList _next = new();
    private readonly List<PostingList> _phrasePostings = [];
    private readonly List<(PostingList Into, PostingList Work)> _termScratch = [];
    private readonly PhraseBuffers _phraseBuffers = new();

    public List<(long Id, double Score)> Rank(WordSnapshot snapshot, WordQuery query, int top, Func<int, bool>? allowed, IPhraseCounter counter)
    {
        Size(snapshot.MaxPaperId + 1);
        var phrases = query.Clauses.SelectMany((alternatives, clause) => alternatives.Select(p => (Clause: clause, Phrase: p))).ToList();
        var bm25 = new Bm25(snapshot.Papers, snapshot.AverageLength);
        var idf = new double[phrases.Count];
        var exact = new bool[phrases.Count];
        var touched = 0;
        try
        {
            for (var i = 0; i < phrases.Count; i++)
            {
                var phrase = phrases[i].Phrase;
                var postings = PostingsOf(snapshot, phrase, i, lone: phrases.Count == 1);
                exact[i] = phrase.Terms.Count <= 1 || (!phrase.Prefix && !(phrases.Count == 1 && postings.Count >= boundLonePhrasesFrom));
                var papersWith = exact[i] ? postings.Count : counter.PapersWith(phrase, postings.Count) ?? postings.Count;
                idf[i] = bm25.Idf(papersWith);
                var bit = 1u << Math.Min(phrases[i].Clause, 31);
                for (var k = 0; k < postings.Count; k++)
                {
                    var paper = postings.Papers[k];
                    if (_clauses[paper] == 0)
                    {
                        _touched[touched++] = paper;
                    }

                    _clauses[paper] |= bit;
                    _scores[paper] += bm25.Score(idf[i], WordPostings.WideWeighted(postings.Counts[k]), snapshot.Lengths[paper]);
                }
            }

            var required = query.MatchAll ? AllBits(query.Clauses.Count) : 0u;
            bool Matches(int paper) => (query.MatchAll ? (_clauses[paper] & required) == required : _clauses[paper] != 0) && (allowed?.Invoke(paper) ?? true);
            if (exact.All(e => e))
            {
                return Best(touched, top, Matches);
            }

            // A bounded whole phrase (the lone phrase's) is counted on the index's positions, a thousand papers at a
            // time (each batch reads the postings of its words again); prefixes are counted on the text, a few at a time.
            return phrases.Where((_, i) => !exact[i]).All(p => !p.Phrase.Prefix)
                ? Checked(snapshot, query, phrases, idf, exact, bm25, touched, top, Matches, new PositionPhraseCounter(snapshot, _phraseBuffers), (positionBatch, 4))
                : Checked(snapshot, query, phrases, idf, exact, bm25, touched, top, Matches, counter, (FirstCheck, 2));
        }
        finally
        {
            for (var i = 0; i < touched; i++)
            {
                _scores[_touched[i]] = 0;
                _clauses[_touched[i]] = 0;
            }
        }
    }

    private List<(long Id, double Score)> Best(int touched, int top, Func<int, bool> matches)
    {
        var best = new BestPapers(top);
        for (var i = 0; i < touched; i++)
        {
            var paper = _touched[i];
            if (matches(paper))
            {
                best.Offer(paper, _scores[paper]);
            }
        }

        return best.Drain();
    }

    /// <summary>
    /// The ranking when some phrase's frequency is only bounded: candidates in order of their bound, counted exactly in
    /// growing batches, until <paramref name="top"/> exact scores are at least the best bound not yet counted.
    /// </summary>
    private List<(long Id, double Score)> Checked(
        WordSnapshot snapshot, WordQuery query, List<(int Clause, WordPhrase Phrase)> phrases, double[] idf, bool[] exact,
        Bm25 bm25, int touched, int top, Func<int, bool> matches, IPhraseCounter counter, (int First, int Growth) batches)
    {
        var best = new BestPapers(top);
        var counted = new HashSet<int>();
        var checkedPhrases = phrases.Where((_, i) => !exact[i]).Select(p => p.Phrase).ToList();
        var checkedIndexes = Enumerable.Range(0, phrases.Count).Where(i => !exact[i]).ToArray();
        for (var batch = batches.First; ; batch *= batches.Growth)
        {
            var (next, bestLeft) = BestBounds(touched, batch, matches, counted);
            if (next.Count == 0)
            {
                break;
            }

            var counts = counter.Count(next, checkedPhrases);
            foreach (var paper in next)
            {
                counted.Add(paper);
                var score = _scores[paper];
                var clauses = _clauses[paper];
                var length = snapshot.Lengths[paper];
                for (var c = 0; c < checkedIndexes.Length; c++)
                {
                    var i = checkedIndexes[c];
                    var bound = BoundOf(i, paper);
                    if (bound == 0)
                    {
                        continue;
                    }

                    var actual = counts.TryGetValue(paper, out var found) ? found[c] : 0;
                    score += bm25.Score(idf[i], actual, length) - bm25.Score(idf[i], bound, length);
                    if (actual == 0 && !OtherAlternativeMatches(phrases, exact, i, paper, counts, checkedIndexes))
                    {
                        clauses &= ~(1u << Math.Min(phrases[i].Clause, 31));
                    }
                }

                var required = query.MatchAll ? AllBits(query.Clauses.Count) : 0u;
                if (query.MatchAll ? (clauses & required) == required : clauses != 0)
                {
                    best.Offer(paper, score);
                }
            }

            if (best.IsFull && best.Threshold >= bestLeft)
            {
                break;
            }
        }

        return best.Drain();
    }

    /// <summary>Whether another alternative of phrase <paramref name="i"/>'s clause still matches the paper.</summary>
    private bool OtherAlternativeMatches(
        List<(int Clause, WordPhrase Phrase)> phrases, bool[] exact, int i, int paper, Dictionary<int, int[]> counts, int[] checkedIndexes)
    {
        for (var j = 0; j < phrases.Count; j++)
        {
            if (j == i || phrases[j].Clause != phrases[i].Clause || BoundOf(j, paper) == 0)
            {
                continue;
            }

            if (exact[j] || (counts.TryGetValue(paper, out var found) && found[Array.IndexOf(checkedIndexes, j)] > 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The <paramref name="count"/> uncounted candidates with the best bounds, and the best bound left after them.</summary>
    private (List<int> Papers, double BestLeft) BestBounds(int touched, int count, Func<int, bool> matches, HashSet<int> counted)
    {
        var best = new BestPapers(count);
        var bestLeft = double.NegativeInfinity;
        for (var i = 0; i < touched; i++)
        {
            var paper = _touched[i];
            if (counted.Contains(paper) || !matches(paper))
            {
                continue;
            }

            var score = _scores[paper];
            if (best.IsFull && score <= best.Threshold)
            {
                bestLeft = Math.Max(bestLeft, score);
                continue;
            }

            if (best.IsFull)
            {
                bestLeft = Math.Max(bestLeft, best.Threshold);
            }

            best.Offer(paper, score);
        }

        return (best.Drain().Select(p => (int)p.Id).ToList(), bestLeft);
    }

    /// <summary>Phrase <paramref name="i"/>'s bounded weighted frequency in the paper (0 when it cannot occur there).</summary>
    private int BoundOf(int i, int paper)
    {
        var postings = _phrasePostings[i];
        var index = Array.BinarySearch(postings.Papers, 0, postings.Count, paper);
        return index >= 0 ? WordPostings.WideWeighted(postings.Counts[index]) : 0;
    }

    /// <summary>
    /// The papers a phrase can occur in, with its counts: exact for one term, and for a phrase (from the positions);
    /// for a phrase ending in a prefix, and a <paramref name="lone"/> phrase in at least as many papers as bounding
    /// takes, the papers with all its terms and, column by column, the smallest of their counts, which the phrase's own
    /// can only be below.
    /// </summary>
    private PostingList PostingsOf(WordSnapshot snapshot, WordPhrase phrase, int index, bool lone)
    {
        while (_phrasePostings.Count <= index)
        {
            _phrasePostings.Add(new PostingList());
        }

        var result = _phrasePostings[index];
        result.Clear();
        if (phrase.Terms.Count > 1 && !phrase.Prefix && !lone)
        {
            snapshot.PhrasePostings(phrase.Terms, result, _phraseBuffers);
            return result;
        }

        if (phrase.Terms.Count > 1 && !phrase.Prefix)
        {
            // A whole phrase's words: each read on its own (both cores: common words at a million papers), then intersected.
            var words = TermScratch(phrase.Terms.Count);
            Parallel.For(0, phrase.Terms.Count, t => snapshot.Postings(phrase.Terms[t], prefix: false, words[t].Into, words[t].Work, _sums));
            for (var t = 0; t < phrase.Terms.Count; t++)
            {
                if (t == 0)
                {
                    result.AddRange(words[0].Into);
                }
                else
                {
                    result.KeepCommon(words[t].Into, WordPostings.WideMin);
                }
            }
        }
        else
        {
            for (var t = 0; t < phrase.Terms.Count; t++)
            {
                var prefix = phrase.Prefix && t == phrase.Terms.Count - 1;
                var target = t == 0 ? result : _next;
                snapshot.Postings(phrase.Terms[t], prefix, target, _work, _sums);
                if (t > 0)
                {
                    result.KeepCommon(_next, WordPostings.WideMin);
                }
            }
        }

        if (phrase.Terms.Count > 1 && !phrase.Prefix && result.Count < boundLonePhrasesFrom)
        {
            // Few enough papers to match them all on positions: exact counts, and the exact IDF with them.
            result.Clear();
            snapshot.PhrasePostings(phrase.Terms, result, _phraseBuffers);
        }

        return result;
    }

    /// <summary>A list to read each of a phrase's words into, and scratch space for it.</summary>
    private List<(PostingList Into, PostingList Work)> TermScratch(int terms)
    {
        while (_termScratch.Count < terms)
        {
            _termScratch.Add((new PostingList(), new PostingList()));
        }

        return _termScratch;
    }

    private static uint AllBits(int clauses) => clauses >= 32 ? uint.MaxValue : (1u << clauses) - 1;

    private void Size(int papers)
    {
        if (_scores.Length < papers)
        {
            _scores = new double[papers];
            _clauses = new uint[papers];
            _touched = new int[papers];
            _sums = new uint[papers];
        }
    }
}
