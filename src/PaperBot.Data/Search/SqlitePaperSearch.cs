using PaperBot.Retrieval.Search;
using Microsoft.Extensions.Options;
using PaperBot.Core.Papers;
using PaperBot.Core.Text;
using PaperBot.Data.Database;
using PaperBot.Data.Search.Filters;
using PaperBot.Data.Search.Words;
using SQLite;

namespace PaperBot.Data.Search;

/// <summary>
/// BM25 full-text search (title weighted over abstract, porter stemming) and title autocomplete.
/// All terms must match; when none does, any term may. With <see cref="SearchMode.Hybrid"/> the ranking is handed
/// to <see cref="HybridSearch"/>. BM25 is ranked by the <see cref="WordIndex"/> (FTS5's formula on FTS5's tokens, at
/// chat speed over a million papers), and by FTS5 itself while that index is not ready.
/// </summary>
internal sealed class SqlitePaperSearch(
    SqliteDatabase database, IOptions<SearchOptions>? options = null, HybridSearch? hybrid = null, WordIndex? words = null) : IPaperSearch
{
    private readonly HybridSearch? _hybrid = options?.Value.Mode is SearchMode.Hybrid or SearchMode.Dense ? hybrid : null;
    private readonly WordIndex? _words = options?.Value.WordIndex is false ? null : words;

    /// <summary>Results per query at most: more is never read in a chat.</summary>
    public const int MaxTop = 100;

    // Ranking and the LIMIT run inside the FTS query so only the top rows are joined to their metadata.
    private const string SearchSql = """
        SELECT p.id AS Id, p.title AS Title, p.arxiv_id AS ArxivId, p.published_on AS PublishedOn,
               p.upvotes AS Upvotes, p.abstract AS Abstract, p.categories AS Categories, f.rank AS Rank
        FROM (SELECT rowid, rank FROM papers_fts WHERE papers_fts MATCH ? ORDER BY rank LIMIT ?) AS f
        JOIN papers AS p ON p.id = f.rowid
        ORDER BY f.rank
        """;

    private const string TitlePrefixSql =
        "SELECT id AS Id, title AS Title FROM papers WHERE norm_title >= ? AND norm_title < ? ORDER BY norm_title LIMIT ?";

    // No ranking here: scoring every title that contains a common word ("model") would cost more than a keystroke
    // allows at a million papers, and any title with all the typed words is a fair suggestion. Newest first.
    private const string TitleWordsSql = """
        SELECT p.id AS Id, p.title AS Title
        FROM (SELECT rowid FROM papers_fts WHERE papers_fts MATCH ? ORDER BY rowid DESC LIMIT ?) AS f
        JOIN papers AS p ON p.id = f.rowid
        """;

    // Nothing typed yet (Discord's first request): the newest papers, read straight off the rowid.
    private const string NewestTitlesSql = "SELECT id AS Id, title AS Title FROM papers ORDER BY id DESC LIMIT ?";

    /// <summary>The shortest word start autocomplete expands as a prefix.</summary>
    private const int MinPrefixLength = 3;

    public Task<IReadOnlyList<PaperHit>> SearchAsync(string query, int top, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var parsed = FtsQuery.Parse(query);
        if (parsed is null || top <= 0)
        {
            return Task.FromResult<IReadOnlyList<PaperHit>>([]);
        }

        top = Math.Min(top, MaxTop);
        if (_hybrid is not null)
        {
            return _hybrid.SearchAsync(parsed, query, top, cancellationToken);
        }

        if (RankedByWords(parsed, top, allowed: null) is { } indexed)
        {
            return Task.FromResult<IReadOnlyList<PaperHit>>(indexed);
        }

        var rows = database.Read(c => c.Query<HitRow>(SearchSql, parsed.AllTerms, top));
        if (rows.Count == 0 && parsed.HasAlternatives)
        {
            cancellationToken.ThrowIfCancellationRequested();
            rows = database.Read(c => c.Query<HitRow>(SearchSql, parsed.AnyTerm, top));
        }

        IReadOnlyList<PaperHit> hits = rows.Select(r => r.ToHit(score: -r.Rank, parsed.Words)).ToList();
        return Task.FromResult(hits);
    }

    /// <summary>Narrowed by <paramref name="filter"/> (see Search/Filters): the same rankings among the allowed papers.</summary>
    public Task<IReadOnlyList<PaperHit>> SearchAsync(string query, int top, SearchFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.IsEmpty)
        {
            return SearchAsync(query, top, cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (FtsQuery.Parse(query) is not { } parsed || top <= 0)
        {
            return Task.FromResult<IReadOnlyList<PaperHit>>([]);
        }

        top = Math.Min(top, MaxTop);
        if (_hybrid is not null)
        {
            return _hybrid.SearchAsync(parsed, query, top, filter, cancellationToken);
        }

        if (_words is not null)
        {
            var allowed = database.Read(c => AllowedPapers.Resolve(c, filter));
            if (RankedByWords(parsed, top, id => allowed.Contains(id)) is { } indexed)
            {
                return Task.FromResult<IReadOnlyList<PaperHit>>(indexed);
            }
        }

        return Task.FromResult(database.Read(c => FilteredBm25.Search(c, parsed, top, filter)));
    }

    /// <summary>
    /// BM25 from the word index: every word first, any word when none has them all (as the FTS5 path); null while the
    /// index cannot answer.
    /// </summary>
    private List<PaperHit>? RankedByWords(FtsQuery parsed, int top, Func<int, bool>? allowed)
    {
        if (_words?.RankThenWiden(parsed, parsed, top, allowed, all => all.Count == 0 && parsed.HasAlternatives) is not var (all, any))
        {
            return null;
        }

        var ranked = all.Count > 0 ? all : any;

        return database.Read(c => HitLoader.Load(c, ranked, parsed.Words));
    }

    public Task<IReadOnlyList<TitlePrefixMatch>> CompleteTitleAsync(string prefix, int max, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var normalized = TitleNormalizer.Normalize(prefix ?? string.Empty);
        if (max <= 0)
        {
            return Task.FromResult<IReadOnlyList<TitlePrefixMatch>>([]);
        }

        max = Math.Min(max, MaxTop);
        var matches = database.Read(connection =>
        {
            var found = normalized.Length == 0
                ? connection.Query<TitleRow>(NewestTitlesSql, max)
                : connection.Query<TitleRow>(TitlePrefixSql, normalized, UpperBound(normalized), max);
            if (found.Count < max && TitleWords(normalized) is { } typed
                && _words?.NewestWithTitleWords(typed.Words, typed.LastIsPrefix, max) is { } newest)
            {
                // The word index answers "titles with these words, newest first" without reading whole doclists.
                var seen = found.Select(f => f.Id).ToHashSet();
                var ids = newest.Where(seen.Add).Take(max - found.Count).ToList();
                found.AddRange(TitlesOf(connection, ids));
            }
            else if (found.Count < max && TitleWordsQuery(normalized) is { } words)
            {
                // Then titles whose words start with what was typed ("flash att" finds "... FlashAttention ...").
                var seen = found.Select(f => f.Id).ToHashSet();
                found.AddRange(connection.Query<TitleRow>(TitleWordsSql, words, max).Where(r => seen.Add(r.Id)).Take(max - found.Count));
            }

            return found;
        });

        IReadOnlyList<TitlePrefixMatch> result = matches.Select(m => new TitlePrefixMatch(m.Id, m.Title)).ToList();
        return Task.FromResult(result);
    }

    /// <summary>The titles of <paramref name="ids"/>, in that order.</summary>
    private static IEnumerable<TitleRow> TitlesOf(SQLiteConnection connection, List<long> ids)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var json = "[" + string.Join(',', ids) + "]";
        var rows = connection.Query<TitleRow>("SELECT id AS Id, title AS Title FROM papers WHERE id IN (SELECT value FROM json_each(?))", json).ToDictionary(r => r.Id);
        return ids.Where(rows.ContainsKey).Select(id => rows[id]);
    }

    /// <summary>The typed words autocomplete looks for inside titles (see <see cref="TitleWordsQuery"/>), or null.</summary>
    private static (List<string> Words, bool LastIsPrefix)? TitleWords(string normalized)
    {
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(FtsQuery.MaxTerms).ToList();
        var prefixLast = words.Count > 0 && words[^1].Length >= MinPrefixLength;
        if (words.Count > 0 && !prefixLast)
        {
            words.RemoveAt(words.Count - 1);
        }

        var last = prefixLast ? words[^1] : null;
        words.RemoveAll(w => !ReferenceEquals(w, last) && Core.Text.StopWords.Contains(w));
        return words.Count == 0 ? null : (words, prefixLast && ReferenceEquals(words[^1], last));
    }

    /// <summary>
    /// Every word as a title-column term, the last as a prefix, e.g. <c>title : ("flash" "att"*)</c>. A last word
    /// shorter than <see cref="MinPrefixLength"/> is left out: "t*" expands to most of the vocabulary, and at a
    /// million papers that one term costs a second. Stop words are left out too.
    /// </summary>
    private static string? TitleWordsQuery(string normalized)
    {
        if (TitleWords(normalized) is not var (words, lastIsPrefix))
        {
            return null;
        }

        var terms = words.Select((w, i) => "\"" + w + "\"" + (lastIsPrefix && i == words.Count - 1 ? "*" : string.Empty));
        return "title : (" + string.Join(' ', terms) + ")";
    }

    /// <summary>The smallest string greater than every string that starts with <paramref name="prefix"/>.</summary>
    private static string UpperBound(string prefix) =>
        prefix[^1] == char.MaxValue ? prefix + char.MaxValue : prefix[..^1] + (char)(prefix[^1] + 1);


    private sealed class TitleRow
    {
        public long Id { get; set; }
        public string Title { get; set; } = "";
    }
}
