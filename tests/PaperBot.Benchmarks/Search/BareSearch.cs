using PaperBot.Benchmarks.Sqlite;

namespace PaperBot.Benchmarks.Search;

/// <summary>
/// The bare side of the search comparison: the SQL SqlitePaperSearch runs, on the same database file, as prepared
/// statements bound and stepped directly, reading the same columns into strings and numbers.
/// </summary>
internal sealed class BareSearch : IDisposable
{
    private readonly RawDatabase _database;
    private readonly RawStatement _search;
    private readonly RawStatement _prefix;
    private readonly RawStatement _words;
    private readonly RawStatement _top;
    private readonly RawStatement _rankOf;

    public BareSearch(string databasePath)
    {
        _database = new RawDatabase(databasePath).WithStoreSettings();
        _search = _database.Prepare(PaperBotSql.Search);
        _prefix = _database.Prepare(PaperBotSql.TitlePrefix);
        _words = _database.Prepare(PaperBotSql.TitleWords);
        _top = _database.Prepare(PaperBotSql.TopTitles);
        _rankOf = _database.Prepare("SELECT rank FROM papers_fts WHERE papers_fts MATCH ?1 AND rowid = ?2");
    }

    /// <summary>The ranked FTS5 query for a MATCH expression; returns the rows read.</summary>
    public int Search(string match, int top)
    {
        _search.Bind(1, match).Bind(2, top);
        var rows = 0;
        long checksum = 0;
        while (_search.Step())
        {
            rows++;
            checksum += _search.Int64(0) + (_search.Text(1)?.Length ?? 0) + (_search.Text(2)?.Length ?? 0) + (_search.Text(3)?.Length ?? 0)
                + (_search.NullableInt64(4) ?? 0) + (_search.Text(5)?.Length ?? 0) + (long)_search.Double(6);
        }

        _search.Reset();
        GC.KeepAlive(checksum);
        return rows;
    }

    /// <summary>The exact BM25 ranking: the same query's rows as (paper id, rank), best (lowest rank) first. Not timed.</summary>
    public IReadOnlyList<(long Id, double Rank)> Ranked(string match, int top)
    {
        _search.Bind(1, match).Bind(2, top);
        var rows = new List<(long, double)>();
        while (_search.Step())
        {
            rows.Add((_search.Int64(0), _search.Double(6)));
        }

        _search.Reset();
        return rows;
    }

    /// <summary>The exact BM25 rank of one paper for a MATCH expression, or null when it does not match. Not timed.</summary>
    public double? RankOf(string match, long id)
    {
        _rankOf.Bind(1, match).Bind(2, id);
        double? rank = _rankOf.Step() ? _rankOf.Double(0) : null;
        _rankOf.Reset();
        return rank;
    }

    /// <summary>CompleteTitleAsync's queries: the title range, then title words when the range gave fewer than <paramref name="max"/>.</summary>
    public int Complete(TypedPrefix prefix, int max)
    {
        var seen = new HashSet<long>();
        if (prefix.UpperBound is null)
        {
            Read(_top.Bind(1, max), seen, max);
        }
        else
        {
            Read(_prefix.Bind(1, prefix.Normalized).Bind(2, prefix.UpperBound).Bind(3, max), seen, max);
        }

        if (seen.Count < max && prefix.WordsQuery is not null)
        {
            Read(_words.Bind(1, prefix.WordsQuery).Bind(2, max), seen, max);
        }

        return seen.Count;
    }

    /// <summary>The title range query alone: the floor of what autocomplete can cost.</summary>
    public int PrefixOnly(TypedPrefix prefix, int max)
    {
        var seen = new HashSet<long>();
        Read(prefix.UpperBound is null ? _top.Bind(1, max) : _prefix.Bind(1, prefix.Normalized).Bind(2, prefix.UpperBound).Bind(3, max), seen, max);
        return seen.Count;
    }

    public void Dispose()
    {
        foreach (var statement in new[] { _search, _prefix, _words, _top, _rankOf })
        {
            statement.Dispose();
        }

        _database.Dispose();
    }

    private static void Read(RawStatement statement, HashSet<long> seen, int max)
    {
        while (statement.Step())
        {
            var title = statement.Text(1);
            if (seen.Count < max && title is not null)
            {
                seen.Add(statement.Int64(0));
            }
        }

        statement.Reset();
    }
}
