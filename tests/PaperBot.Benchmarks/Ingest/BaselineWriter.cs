using PaperBot.Benchmarks.Sqlite;
using PaperBot.Core.Text;

namespace PaperBot.Benchmarks.Ingest;

/// <summary>
/// The bare SQL for one entry: the statements PaperBot's PaperWriter runs (find by normalized title, insert into
/// papers and papers_fts, link the source; for a known title, load, merge and update), prepared once, with the
/// merge rules written out for the page dump columns. Every statement is charged to its phase.
/// </summary>
internal sealed class BaselineWriter : IDisposable
{
    private const string ValueColumns =
        "title, norm_title, abstract, arxiv_id, published_on, daily_date, authors, author_count, organization, upvotes, github_url, project_url, source_summary, keywords";

    private readonly RawDatabase _database;
    private readonly PhaseClock _clock;
    private readonly RawStatement _find;
    private readonly RawStatement _load;
    private readonly RawStatement _insert;
    private readonly RawStatement _update;
    private readonly RawStatement _indexInsert;
    private readonly RawStatement _indexDelete;
    private readonly RawStatement _link;
    private readonly BaselineTermWriter? _terms;

    /// <param name="terms">Also write the schema-2 term vectors (a diagnostic side), or null for the baseline.</param>
    public BaselineWriter(RawDatabase database, PhaseClock clock, BaselineTermWriter? terms = null)
    {
        _database = database;
        _clock = clock;
        _terms = terms;
        _find = database.Prepare("SELECT id, arxiv_id FROM papers WHERE norm_title = ?1 ORDER BY id");
        _load = database.Prepare("SELECT abstract, published_on, daily_date, author_count, organization, upvotes FROM papers WHERE id = ?1");
        _insert = database.Prepare($"INSERT INTO papers({ValueColumns}, added_at) VALUES(?2, ?3, ?4, NULL, ?5, ?6, NULL, ?7, ?8, ?9, NULL, NULL, NULL, NULL, ?1)");
        _update = database.Prepare($"UPDATE papers SET ({ValueColumns}) = (?2, ?3, ?4, NULL, ?5, ?6, NULL, ?7, ?8, ?9, NULL, NULL, NULL, NULL) WHERE id = ?1");
        _indexInsert = database.Prepare("INSERT INTO papers_fts(rowid, title, abstract) VALUES(?1, ?2, ?3)");
        _indexDelete = database.Prepare("INSERT INTO papers_fts(papers_fts, rowid, title, abstract) VALUES('delete', ?1, ?2, ?3)");
        _link = database.Prepare("INSERT OR IGNORE INTO paper_sources(paper_id, source_id, line) VALUES(?1, ?2, ?3)");
    }

    /// <summary>Adds or merges one entry; true when it was new.</summary>
    public bool Upsert(BaselineEntry entry, string? dailyDate, long sourceId, string now)
    {
        var normalized = NormalizeTitle(entry.Title);
        _clock.Lap("normalize title");
        long? existing = null;
        _find.Bind(1, normalized);
        if (_find.Step())
        {
            existing = _find.Int64(0);
        }

        _find.Reset();
        _clock.Lap("find by title");
        long id;
        if (existing is null)
        {
            Bind(_insert, entry.Title, normalized, entry.Abstract, entry.PublishedOn, dailyDate, entry.AuthorCount, entry.Organization, entry.Upvotes).Bind(1, now).Execute();
            id = _database.LastInsertRowId;
            _clock.Lap("insert papers");
            _indexInsert.Bind(1, id).Bind(2, entry.Title).Bind(3, entry.Abstract).Execute();
            _clock.Lap("insert papers_fts");
            _terms?.Add(id, entry.Title, entry.Abstract, newPaper: true, callerPhase: "insert papers_fts");
        }
        else
        {
            id = existing.Value;
            Merge(id, entry, normalized, dailyDate);
            _clock.Lap("merge");
        }

        _link.Bind(1, id).Bind(2, sourceId).Bind(3, entry.Line).Execute();
        _clock.Lap("insert paper_sources");
        return existing is null;
    }

    public void Dispose()
    {
        foreach (var statement in new[] { _find, _load, _insert, _update, _indexInsert, _indexDelete, _link })
        {
            statement.Dispose();
        }
    }

    /// <summary>PaperBot's title key for ASCII titles (what the generator writes): lower case, one space between words.</summary>
    internal static string NormalizeTitle(string title) =>
        System.Text.Ascii.IsValid(title) ? AsciiKey(title) : TitleNormalizer.Normalize(title);

    private static string AsciiKey(string title)
    {
        Span<char> buffer = title.Length <= 512 ? stackalloc char[title.Length] : new char[title.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in title)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingSpace && length > 0)
                {
                    buffer[length++] = ' ';
                }

                pendingSpace = false;
                buffer[length++] = char.ToLowerInvariant(c);
            }
            else
            {
                pendingSpace = true;
            }
        }

        return new string(buffer[..length]);
    }

    /// <summary>PaperMerger's rules for the columns a page dump fills: richer text, earliest dates, largest counts.</summary>
    private void Merge(long id, BaselineEntry entry, string normalized, string? dailyDate)
    {
        _load.Bind(1, id);
        _load.Step();
        var (oldAbstract, oldPublished, oldDaily) = (_load.Text(0) ?? "", _load.Text(1), _load.Text(2));
        var (oldAuthors, oldOrganization, oldUpvotes) = (_load.NullableInt64(3), _load.Text(4), _load.NullableInt64(5));
        _load.Reset();

        var summary = Richer(oldAbstract, entry.Abstract)!;
        var published = Earliest(oldPublished, entry.PublishedOn);
        var daily = Earliest(oldDaily, dailyDate);
        var authors = Max(oldAuthors, entry.AuthorCount);
        var organization = Richer(oldOrganization, entry.Organization);
        var upvotes = Max(oldUpvotes, entry.Upvotes);
        if (summary == oldAbstract && published == oldPublished && daily == oldDaily && authors == oldAuthors && organization == oldOrganization && upvotes == oldUpvotes)
        {
            return;
        }

        Bind(_update, entry.Title, normalized, summary, published, daily, authors, organization, upvotes).Bind(1, id).Execute();
        if (summary != oldAbstract)
        {
            _indexDelete.Bind(1, id).Bind(2, entry.Title).Bind(3, oldAbstract).Execute();
            _indexInsert.Bind(1, id).Bind(2, entry.Title).Bind(3, summary).Execute();
            _terms?.Replace(id, entry.Title, summary);
        }
    }

    private static RawStatement Bind(RawStatement statement, string title, string normalized, string summary, string? published, string? daily, long? authors, string? organization, long? upvotes) =>
        statement.Bind(2, title).Bind(3, normalized).Bind(4, summary).Bind(5, published).Bind(6, daily)
            .Bind(7, authors).Bind(8, organization).Bind(9, upvotes);

    private static string? Richer(string? a, string? b)
    {
        if (string.IsNullOrWhiteSpace(a))
        {
            return string.IsNullOrWhiteSpace(b) ? a ?? b : b;
        }

        if (string.IsNullOrWhiteSpace(b) || a.Length > b.Length)
        {
            return a;
        }

        return b.Length > a.Length || string.CompareOrdinal(b, a) < 0 ? b : a;
    }

    private static string? Earliest(string? a, string? b) =>
        a is null ? b : b is null ? a : (string.CompareOrdinal(a, b) <= 0 ? a : b);

    private static long? Max(long? a, long? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);
}
