using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using PaperBot.Core.Papers;
using PaperBot.Data.Database;
using SQLite;

namespace PaperBot.Data.Search.Words;

/// <summary>
/// BM25 at chat speed over a million papers: FTS5 computes <c>bm25()</c> for every row that matches (two seconds for
/// "model" at a million), so searches rank here instead, with FTS5's own tokens and formula, and agree with it.
/// The index is derived data beside the database (<c>FILE.words</c>; in memory below <see cref="InMemoryBelow"/>
/// papers): papers added or changed since it was built are indexed apart on the next search, so results are consistent
/// after every ingest. When that gap is too large, or there is no index yet, <see cref="Rank"/> returns null and the
/// caller asks FTS5 while <see cref="BuildIfNeededAsync"/> (the host's maintainer, or the ingest verb) catches up.
/// </summary>
internal sealed class WordIndex : ISearchIndexBuilder, IDisposable
{
    /// <summary>Below this many papers the index is built in memory on demand (well under a second) and never written.</summary>
    public const int InMemoryBelow = 20_000;

    /// <summary>Papers added or changed since the build that a search indexes itself (about half a second's work).</summary>
    public const int RecentLimit = 5_000;

    private const string CoverageSql = "SELECT (SELECT max(id) FROM papers) AS MaxId, (SELECT max(seq) FROM word_changes) AS ChangeSeq";
    private readonly SqliteDatabase _database;
    private readonly int _inMemoryBelow;
    private readonly int _recentLimit;
    private readonly int _boundLonePhrasesFrom;
    private readonly int _positionBatch;
    private readonly ILogger<WordIndex> _logger;
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _buildLock = new(1, 1);
    private readonly ConcurrentBag<WordRanker> _rankers = [];
    private readonly ConcurrentBag<ScratchFts> _scratches = [];
    private readonly ConcurrentBag<TitleBuffers> _titleBuffers = [];
    private readonly WordTerms _terms;
    private WordSegment? _built;
    private WordSnapshot? _snapshot;
    private bool _loadedFile;
    private (long, long) _failedAt = (-1, -1);

    public WordIndex(SqliteDatabase database, ILogger<WordIndex> logger)
        : this(database, logger, InMemoryBelow, RecentLimit)
    {
    }

    /// <summary>With other limits: tests reach the file, the too-many-changes and the bounded-phrase paths with a few papers.</summary>
    internal WordIndex(SqliteDatabase database, ILogger<WordIndex> logger, int inMemoryBelow, int recentLimit,
        int boundLonePhrasesFrom = WordRanker.BoundLonePhrasesFrom, int positionBatch = WordRanker.PositionBatch)
    {
        _database = database;
        _logger = logger;
        _inMemoryBelow = inMemoryBelow;
        _recentLimit = recentLimit;
        _boundLonePhrasesFrom = boundLonePhrasesFrom;
        _positionBatch = positionBatch;
        FilePath = database.FilePath + ".words";
        _terms = new WordTerms(RentScratch, _scratches.Add);
    }

    public string FilePath { get; }

    /// <summary>Released when a search found the index missing or too far behind: the maintainer builds it then.</summary>
    private SemaphoreSlim BuildWanted { get; } = new(0, 1);

    public Task WaitUntilWantedAsync(CancellationToken cancellationToken) => BuildWanted.WaitAsync(cancellationToken);

    /// <summary>
    /// The best <paramref name="top"/> papers for <paramref name="query"/> by BM25 (best first, scores positive), or null
    /// when the index cannot answer yet and FTS5 should.
    /// </summary>
    public List<(long Id, double Score)>? Rank(FtsQuery query, bool matchAll, int top, Func<int, bool>? allowed = null) =>
        Current() is { } snapshot ? Rank(snapshot, query, matchAll, top, allowed) : null;

    /// <summary>
    /// Papers with every word of <paramref name="query"/>, then, when <paramref name="widen"/> says so of them, papers
    /// with any word of <paramref name="anyWords"/>; both by BM25 on one look at the index (each look checks SQLite for
    /// changes). Null when the index cannot answer yet.
    /// </summary>
    public (List<(long Id, double Score)> All, List<(long Id, double Score)> Any)? RankThenWiden(
        FtsQuery query, FtsQuery anyWords, int top, Func<int, bool>? allowed, Func<List<(long Id, double Score)>, bool> widen)
    {
        if (Current() is not { } snapshot)
        {
            return null;
        }

        var all = Rank(snapshot, query, matchAll: true, top, allowed);
        return (all, widen(all) ? Rank(snapshot, anyWords, matchAll: false, top, allowed) : []);
    }

    private List<(long Id, double Score)> Rank(WordSnapshot snapshot, FtsQuery query, bool matchAll, int top, Func<int, bool>? allowed)
    {
        var ranker = _rankers.TryTake(out var pooled) ? pooled : new WordRanker(_boundLonePhrasesFrom, _positionBatch);
        try
        {
            var wordQuery = new WordQuery(
                [.. query.Clauses.Select(c => (IReadOnlyList<WordPhrase>)[.. c.Select(p => new WordPhrase(TermsOf(p.Words), p.Prefix, p.Match))])],
                matchAll);
            return ranker.Rank(snapshot, wordQuery, top, allowed, new PhraseCounter(_database, _terms, snapshot.PhraseFrequencies));
        }
        finally
        {
            _rankers.Add(ranker);
        }
    }

    /// <summary>
    /// The newest papers (highest id first) whose titles hold every one of <paramref name="words"/>, the last as a prefix
    /// when <paramref name="lastIsPrefix"/>; the typed-words half of autocomplete. Null when the index cannot answer yet.
    /// </summary>
    public List<long>? NewestWithTitleWords(IReadOnlyList<string> words, bool lastIsPrefix, int max)
    {
        var snapshot = Current();
        if (snapshot is null)
        {
            return null;
        }

        // The whole words first, each one list in order; the word being typed last, as a bitmap of its terms' papers.
        var buffers = _titleBuffers.TryTake(out var pooled) ? pooled : new TitleBuffers();
        try
        {
            return Newest(snapshot, words, lastIsPrefix, max, buffers);
        }
        finally
        {
            _titleBuffers.Add(buffers);
        }
    }

    // Autocomplete's loops (here, in the snapshot and in the segment) are compiled optimized at once: a rare
    // path of them otherwise ran as unoptimized code until tiering replaced it mid-call, one keystroke of ~5 ms at 1M.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<long> Newest(WordSnapshot snapshot, IReadOnlyList<string> words, bool lastIsPrefix, int max, TitleBuffers buffers)
    {
        PostingList? kept = null;
        var work = buffers.Work;
        string? prefix = null;
        for (var w = 0; w < words.Count; w++)
        {
            var terms = _terms.Of(words[w]);
            for (var t = 0; t < terms.Length; t++)
            {
                if (lastIsPrefix && w == words.Count - 1 && t == terms.Length - 1)
                {
                    prefix = terms[t];
                    continue;
                }

                var papers = kept is null ? buffers.Kept : buffers.Next;
                snapshot.TitlePapers(terms[t], prefix: false, papers, work);
                if (kept is null)
                {
                    kept = papers;
                }
                else
                {
                    kept.KeepCommon(papers, (a, _) => a);
                }
            }
        }

        return prefix is null ? Newest(kept, null, max) : NewestWithPrefix(snapshot, kept, prefix, max, work);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<long> NewestWithPrefix(WordSnapshot snapshot, PostingList? kept, string prefix, int max, PostingList work)
    {
        var words = (snapshot.MaxPaperId >> 6) + 1;
        var bits = System.Buffers.ArrayPool<ulong>.Shared.Rent(words);
        try
        {
            Array.Clear(bits, 0, words);
            snapshot.TitleBits(prefix, bits, work);
            if (kept is not null)
            {
                return Newest(kept, bits, max);
            }

            // Only the word being typed: the highest ids with a bit set.
            var newest = new List<long>(max);
            for (var word = words - 1; word >= 0 && newest.Count < max; word--)
            {
                for (var value = bits[word]; value != 0 && newest.Count < max; value &= ~(1UL << (63 - System.Numerics.BitOperations.LeadingZeroCount(value))))
                {
                    newest.Add(((long)word << 6) + 63 - System.Numerics.BitOperations.LeadingZeroCount(value));
                }
            }

            return newest;
        }
        finally
        {
            System.Buffers.ArrayPool<ulong>.Shared.Return(bits);
        }
    }

    /// <summary>The last <paramref name="max"/> papers of <paramref name="kept"/> (in <paramref name="bits"/>, when given), highest id first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<long> Newest(PostingList? kept, ulong[]? bits, int max)
    {
        var newest = new List<long>(max);
        for (var i = (kept?.Count ?? 0) - 1; i >= 0 && newest.Count < max; i--)
        {
            var paper = kept!.Papers[i];
            if (bits is null || (bits[paper >> 6] & (1UL << (paper & 63))) != 0)
            {
                newest.Add(paper);
            }
        }

        return newest;
    }

    /// <summary>The lists autocomplete reads titles' papers into, reused keystroke after keystroke.</summary>
    private sealed class TitleBuffers
    {
        public PostingList Kept { get; } = new(capacity: 4096);

        public PostingList Next { get; } = new(capacity: 4096);

        public PostingList Work { get; } = new(capacity: 4096);
    }

    /// <summary>Builds the index now unless it is current; beside the database when it has <see cref="InMemoryBelow"/> papers or more.</summary>
    public async Task<SearchIndexBuild?> BuildIfNeededAsync(CancellationToken cancellationToken)
    {
        await _buildLock.WaitAsync(cancellationToken);
        try
        {
            var (maxId, _) = Coverage();
            if (Current() is not null || maxId < _inMemoryBelow)
            {
                return null;
            }

            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var built = await Task.Run(() => Build(toFile: true, cancellationToken), cancellationToken);
            lock (_lock)
            {
                _built = built;
                _loadedFile = true;
                _snapshot = null;
            }

            var seconds = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
            Log.WordIndexBuilt(_logger, FilePath, built.Header.PaperCount, seconds);
            return new SearchIndexBuild(built.Header.PaperCount, seconds, FilePath);
        }
        finally
        {
            _buildLock.Release();
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _built?.Dispose();
            _built = null;
        }

        while (_scratches.TryTake(out var scratch))
        {
            scratch.Dispose();
        }

        _buildLock.Dispose();
        BuildWanted.Dispose();
    }

    private WordSnapshot? Current()
    {
        var (maxId, changeSeq) = Coverage();
        var snapshot = Volatile.Read(ref _snapshot);
        if (snapshot is not null && snapshot.MaxPaperId == maxId && snapshot.ChangeSeq == changeSeq)
        {
            return snapshot;
        }

        lock (_lock)
        {
            if (_failedAt == (maxId, changeSeq))
            {
                return null;
            }

            try
            {
                return Refresh(maxId, changeSeq);
            }
            catch (Exception error) when (error is SQLiteException or Core.Papers.StoreException or IOException or UnauthorizedAccessException or InvalidDataException)
            {
                // A read-only database or a full disk: FTS5 still answers, and the next change tries again.
                _failedAt = (maxId, changeSeq);
                _snapshot = null;
                Log.WordIndexFailed(_logger, FilePath, error.Message);
                return null;
            }
        }
    }

    private WordSnapshot? Refresh(long maxId, long changeSeq)
    {
        if (_snapshot is { } again && again.MaxPaperId == maxId && again.ChangeSeq == changeSeq)
        {
            return again;
        }

        // A replaced segment is dropped, not disposed: a search may still be reading it (its file handle closes when collected).
        if (_built is not null && !Covers(_built, maxId, changeSeq))
        {
            _built = null;
        }

        if (_built is null && !_loadedFile && maxId >= _inMemoryBelow)
        {
            _loadedFile = true;
            var opened = WordSegment.TryOpen(FilePath);
            _built = opened is not null && Covers(opened, maxId, changeSeq) ? opened : Discard(opened);
        }

        if (_built is null && maxId < _inMemoryBelow)
        {
            _built = Build(toFile: false, CancellationToken.None);
        }

        _snapshot = _built is null ? null : WithRecent(_built, maxId, changeSeq);
        if (_snapshot is null && maxId < _inMemoryBelow)
        {
            // Too much changed for a small index to patch: rebuilding it is as quick.
            _built = Build(toFile: false, CancellationToken.None);
            _snapshot = WithRecent(_built, maxId, changeSeq);
        }

        if (_snapshot is null)
        {
            _loadedFile = false;
            Want();
        }

        return _snapshot;
    }

    /// <summary>A snapshot of <paramref name="built"/> plus the papers added or changed since, or null when those are too many.</summary>
    private WordSnapshot? WithRecent(WordSegment built, long maxId, long changeSeq)
    {
        var header = built.Header;
        if (maxId == header.MaxPaperId && changeSeq == header.ChangeSeq)
        {
            return new WordSnapshot(built, null, [], maxId, changeSeq);
        }

        var changed = _database.Read(c => c.QueryScalars<long>("SELECT DISTINCT paper_id FROM word_changes WHERE seq > ?", header.ChangeSeq));
        if (maxId - header.MaxPaperId + changed.Count > _recentLimit)
        {
            return null;
        }

        var texts = _database.Read(c => c.Query<PaperText>(
            "SELECT id AS Id, title AS Title, abstract AS Abstract FROM papers WHERE id > ? OR id IN (SELECT value FROM json_each(?))",
            header.MaxPaperId,
            "[" + string.Join(',', changed.Select(id => id.ToString(CultureInfo.InvariantCulture))) + "]"));
        var scratch = RentScratch();
        try
        {
            scratch.Clear();
            foreach (var text in texts)
            {
                scratch.Add(text.Id, text.Title, text.Abstract);
            }

            using var memory = new MemoryStream();
            using (var tokens = new TokenInstances(scratch.Connection, ScratchFts.InstanceTable))
            {
                WordIndexWriter.Write(memory, scratch.Lengths(maxId), tokens, new WordIndexHeader { MaxPaperId = maxId, ChangeSeq = changeSeq }, CancellationToken.None);
            }

            var recent = WordSegment.FromMemory(memory.ToArray());
            return new WordSnapshot(built, recent, [.. changed.Select(id => (int)id)], maxId, changeSeq);
        }
        finally
        {
            scratch.Clear();
            _scratches.Add(scratch);
        }
    }

    /// <summary>Builds the index from FTS5's tokens in one read transaction, so it matches one moment of the database.</summary>
    private WordSegment Build(bool toFile, CancellationToken cancellationToken)
    {
        using var connection = _database.Open();
        connection.Execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.papers_fts_instances USING fts5vocab(main, papers_fts, instance)");
        connection.Execute("BEGIN");
        try
        {
            var maxId = connection.ExecuteScalar<long?>("SELECT max(id) FROM papers") ?? 0;
            var coverage = new WordIndexHeader
            {
                MaxPaperId = maxId,
                ChangeSeq = connection.ExecuteScalar<long?>("SELECT max(seq) FROM word_changes") ?? 0,
                Fingerprint = Fingerprint(connection, maxId),
            };
            var lengths = DocumentLengths.Read(connection, "papers_fts_docsize", maxId);
            using var tokens = new TokenInstances(connection, "temp.papers_fts_instances");
            if (!toFile)
            {
                using var memory = new MemoryStream();
                WordIndexWriter.Write(memory, lengths, tokens, coverage, cancellationToken);
                return WordSegment.FromMemory(memory.ToArray());
            }

            // Written aside and moved into place, so a reader never opens half an index.
            var partial = FilePath + "." + Guid.NewGuid().ToString("N")[..8] + ".partial";
            try
            {
                using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 20))
                {
                    WordIndexWriter.Write(file, lengths, tokens, coverage, cancellationToken);
                    file.Flush(flushToDisk: true);
                }

                File.Move(partial, FilePath, overwrite: true);
            }
            finally
            {
                File.Delete(partial);
            }

            return WordSegment.TryOpen(FilePath) ?? throw new InvalidDataException($"{FilePath} could not be read back after it was written.");
        }
        finally
        {
            connection.Execute("COMMIT");
        }
    }

    private bool Covers(WordSegment built, long maxId, long changeSeq) =>
        built.Header.MaxPaperId <= maxId && built.Header.ChangeSeq <= changeSeq
        && built.Header.Fingerprint == _database.Read(c => Fingerprint(c, built.Header.MaxPaperId));

    /// <summary>A hash of the newest indexed paper's title and time added: an index beside another database never matches.</summary>
    private static long Fingerprint(SQLiteConnection connection, long paperId)
    {
        var row = connection.ExecuteScalar<string?>("SELECT title || '|' || added_at FROM papers WHERE id = ?", paperId);
        var hash = 14695981039346656037UL;
        foreach (var c in row ?? string.Empty)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return (long)hash;
    }

    private (long MaxId, long ChangeSeq) Coverage() =>
        _database.Read(c =>
        {
            var row = c.Query<CoverageRow>(CoverageSql);
            return row.Count == 0 ? (0L, 0L) : (row[0].MaxId ?? 0, row[0].ChangeSeq ?? 0);
        });

    /// <summary>The index terms of a phrase's words, in order (a word may stand for none, or for several).</summary>
    private List<string> TermsOf(IReadOnlyList<string> words) => [.. words.SelectMany(_terms.Of)];

    private ScratchFts RentScratch() => _scratches.TryTake(out var scratch) ? scratch : new ScratchFts();

    private void Want()
    {
        try
        {
            if (BuildWanted.CurrentCount == 0)
            {
                BuildWanted.Release();
            }
        }
        catch (SemaphoreFullException)
        {
            // Already wanted.
        }
    }

    private static WordSegment? Discard(WordSegment? segment)
    {
        segment?.Dispose();
        return null;
    }

    private sealed class CoverageRow
    {
        public long? MaxId { get; set; }

        public long? ChangeSeq { get; set; }
    }
}
