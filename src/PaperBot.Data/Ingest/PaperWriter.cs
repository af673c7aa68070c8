using PaperBot.Core.Papers;
using PaperBot.Core.Text;
using PaperBot.Data.Database;
using PaperBot.Data.Papers;
using PaperBot.Data.Vectors;
using SQLite;

namespace PaperBot.Data.Ingest;

/// <summary>
/// Adds papers to the store inside the caller's transaction: a paper already known (by arXiv id, else by
/// normalized title) is merged into its row, keeping the richest metadata; the FTS index and the sparse vector
/// follow the row, and so do its arXiv categories (one <c>paper_categories</c> row each; a paper without categories
/// runs no statement for them). Statements are prepared once per writer because this is the ingest hot path.
/// </summary>
internal sealed class PaperWriter : IDisposable
{
    private const string ValueColumns =
        "title, norm_title, abstract, arxiv_id, published_on, daily_date, authors, author_count, organization, upvotes, github_url, project_url, source_summary, keywords, categories";

    private readonly Statement _findByArxivId;
    private readonly Statement _findByTitle;
    private readonly Statement _load;
    private readonly Statement _insert;
    private readonly Statement _update;
    private readonly Statement _indexInsert;
    private readonly Statement _indexDelete;
    private readonly Statement _linkSource;
    private readonly Statement _addCategory;
    private readonly TermVectorPipeline _terms;
    private readonly SQLiteConnection _connection;
    private readonly TimeProvider _time;

    public PaperWriter(SQLiteConnection connection, TimeProvider time)
    {
        _connection = connection;
        _time = time;
        _findByArxivId = new Statement(connection, "SELECT id FROM papers WHERE arxiv_id = ?1");
        _findByTitle = new Statement(connection, "SELECT id, arxiv_id FROM papers WHERE norm_title = ?1 ORDER BY id");
        _load = new Statement(connection, $"SELECT {PaperRowMapper.Columns}, categories FROM papers WHERE id = ?1");
        _insert = new Statement(connection, $"INSERT INTO papers({ValueColumns}, added_at) VALUES(?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?1)");
        _update = new Statement(connection, $"UPDATE papers SET ({ValueColumns}) = (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16) WHERE id = ?1");
        _indexInsert = new Statement(connection, "INSERT INTO papers_fts(rowid, title, abstract) VALUES(?1, ?2, ?3)");
        _indexDelete = new Statement(connection, "INSERT INTO papers_fts(papers_fts, rowid, title, abstract) VALUES('delete', ?1, ?2, ?3)");
        _linkSource = new Statement(connection, "INSERT OR IGNORE INTO paper_sources(paper_id, source_id, line) VALUES(?1, ?2, ?3)");
        _addCategory = new Statement(connection, "INSERT OR IGNORE INTO paper_categories(category, paper_id) VALUES(?1, ?2)");
        _terms = new TermVectorPipeline(new TermIndexWriter(connection));
    }

    /// <summary>Adds or merges <paramref name="paper"/>; true when it was new.</summary>
    public async ValueTask<bool> UpsertAsync(Paper paper, long sourceId, int line)
    {
        var normalizedTitle = TitleNormalizer.Normalize(paper.Title);
        var existingId = FindExisting(paper.ArxivId, normalizedTitle);
        long id;
        if (existingId is null)
        {
            Bind(_insert, paper, normalizedTitle).Bind(1, _time.GetUtcNow().ToString("O")).Execute();
            id = SQLite3.LastInsertRowid(_connection.Handle);
            _indexInsert.Bind(1, id).Bind(2, paper.Title).Bind(3, paper.Abstract).Execute();
            await _terms.AddAsync(id, paper.Title, paper.Abstract);
            AddCategories(id, paper.Categories, []);
        }
        else
        {
            id = existingId.Value;
            var existing = Load(id);
            var merged = PaperMerger.Merge(existing, paper);
            if (merged != existing)
            {
                Bind(_update, merged, TitleNormalizer.Normalize(merged.Title)).Bind(1, id).Execute();
                if (merged.Title != existing.Title || merged.Abstract != existing.Abstract)
                {
                    _indexDelete.Bind(1, id).Bind(2, existing.Title).Bind(3, existing.Abstract).Execute();
                    _indexInsert.Bind(1, id).Bind(2, merged.Title).Bind(3, merged.Abstract).Execute();
                    await _terms.ReplaceAsync(id, merged.Title, merged.Abstract);
                }

                AddCategories(id, merged.Categories, existing.Categories);
            }
        }

        _linkSource.Bind(1, id).Bind(2, sourceId).Bind(3, line).Execute();
        return existingId is null;
    }

    /// <summary>Stores the sparse vectors still being computed and the term frequencies; call before the transaction commits.</summary>
    public ValueTask FlushAsync() => _terms.FlushAsync();

    /// <summary>Forgets what <see cref="Flush"/> would write; call when the transaction rolls back.</summary>
    public void Discard() => _terms.Discard();

    public void Dispose()
    {
        _terms.Dispose();
        foreach (var statement in new[] { _findByArxivId, _findByTitle, _load, _insert, _update, _indexInsert, _indexDelete, _linkSource, _addCategory })
        {
            statement.Dispose();
        }
    }

    // Merged categories are a union, so only the ones the row did not have yet need a row of their own.
    private void AddCategories(long id, IReadOnlyList<string> categories, IReadOnlyList<string> known)
    {
        foreach (var category in categories)
        {
            if (!known.Contains(category))
            {
                _addCategory.Bind(1, category).Bind(2, id).Execute();
            }
        }
    }

    private long? FindExisting(string? arxivId, string normalizedTitle)
    {
        if (arxivId is not null)
        {
            _findByArxivId.Bind(1, arxivId);
            try
            {
                if (_findByArxivId.Read())
                {
                    return _findByArxivId.GetInt64(0);
                }
            }
            finally
            {
                _findByArxivId.Reset();
            }
        }

        // The same title is the same paper, unless both carry different arXiv ids.
        _findByTitle.Bind(1, normalizedTitle);
        try
        {
            while (_findByTitle.Read())
            {
                var rowArxivId = _findByTitle.GetText(1);
                if (arxivId is null || rowArxivId is null)
                {
                    return _findByTitle.GetInt64(0);
                }
            }

            return null;
        }
        finally
        {
            _findByTitle.Reset();
        }
    }

    private Paper Load(long id)
    {
        _load.Bind(1, id);
        try
        {
            if (!_load.Read())
            {
                throw new InvalidOperationException($"Paper {id} vanished inside the ingest transaction.");
            }

            var paper = PaperRowMapper.ToPaper(new PaperRow
            {
                Id = _load.GetInt64(0),
                Title = _load.GetText(1) ?? "",
                Abstract = _load.GetText(2) ?? "",
                ArxivId = _load.GetText(3),
                PublishedOn = _load.GetText(4),
                DailyDate = _load.GetText(5),
                Authors = _load.GetText(6),
                AuthorCount = _load.IsNull(7) ? null : (int)_load.GetInt64(7),
                Organization = _load.GetText(8),
                Upvotes = _load.IsNull(9) ? null : (int)_load.GetInt64(9),
                GithubUrl = _load.GetText(10),
                ProjectUrl = _load.GetText(11),
                SourceSummary = _load.GetText(12),
                Keywords = _load.GetText(13),
            });
            return paper with { Categories = CategoryList.Parse(_load.GetText(14)) };
        }
        finally
        {
            _load.Reset();
        }
    }

    /// <summary>Binds the value columns as parameters 2..16 (parameter 1 is the id or the timestamp).</summary>
    private static Statement Bind(Statement statement, Paper paper, string normalizedTitle) => statement
        .Bind(2, paper.Title)
        .Bind(3, normalizedTitle)
        .Bind(4, paper.Abstract)
        .Bind(5, paper.ArxivId)
        .Bind(6, PaperRowMapper.FormatDate(paper.PublishedOn))
        .Bind(7, PaperRowMapper.FormatDate(paper.DailyDate))
        .Bind(8, PaperRowMapper.FormatList(paper.Authors))
        .Bind(9, paper.AuthorCount)
        .Bind(10, paper.Organization)
        .Bind(11, paper.Upvotes)
        .Bind(12, paper.GithubUrl)
        .Bind(13, paper.ProjectUrl)
        .Bind(14, paper.SourceSummary)
        .Bind(15, PaperRowMapper.FormatList(paper.Keywords))
        .Bind(16, CategoryList.Format(paper.Categories));
}
