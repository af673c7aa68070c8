using PaperBot.Core.Papers;
using PaperBot.Data.Database;
using SQLite;

namespace PaperBot.Data.Papers;

/// <summary>Reads papers by id, arXiv id or title, and the corpus figures.</summary>
internal sealed class SqlitePaperStore(SqliteDatabase database, IPaperSearch search) : IPaperStore
{
    // Grouping walks the (category, paper_id) primary key in order: no temporary table, one pass over the index.
    private const string CategoriesSql = """
        SELECT category AS Category, count(*) AS Papers FROM paper_categories
        GROUP BY category ORDER BY Papers DESC, category
        """;

    public Task<StoredPaper?> GetAsync(long id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(database.Read(c => Load(c, id)));
    }

    public async Task<StoredPaper?> FindAsync(string idOrTitle, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (PaperReference.Parse(idOrTitle) is not { } reference)
        {
            return null;
        }

        if (reference.Id is { } id)
        {
            return await GetAsync(id, cancellationToken);
        }

        var (normalized, arxivId, text) = (reference.NormalizedTitle, reference.ArxivId, reference.Text);
        var found = database.Read(c =>
        {
            var match = arxivId is not null
                ? c.ExecuteScalar<long?>("SELECT id FROM papers WHERE arxiv_id = ?", arxivId)
                : null;
            match ??= normalized.Length == 0
                ? null
                : c.ExecuteScalar<long?>("SELECT id FROM papers WHERE norm_title = ? ORDER BY id LIMIT 1", normalized)
                  ?? c.ExecuteScalar<long?>("SELECT id FROM papers WHERE norm_title >= ? AND norm_title < ? ORDER BY norm_title LIMIT 1", normalized, normalized + char.MaxValue);
            return match is { } hit ? Load(c, hit) : null;
        });
        if (found is not null)
        {
            return found;
        }

        var best = await search.SearchAsync(text, 1, cancellationToken);
        return best.Count == 0 ? null : await GetAsync(best[0].Id, cancellationToken);
    }

    public Task<CorpusStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var stats = database.Read(c =>
        {
            var papers = c.ExecuteScalar<long>("SELECT count(*) FROM papers");
            var withArxivId = c.ExecuteScalar<long>("SELECT count(*) FROM papers WHERE arxiv_id IS NOT NULL");
            var files = c.ExecuteScalar<long>("SELECT count(*) FROM source_files");
            var oldest = c.ExecuteScalar<string?>("SELECT min(published_on) FROM papers");
            var newest = c.ExecuteScalar<string?>("SELECT max(published_on) FROM papers");
            var latestDaily = c.ExecuteScalar<string?>("SELECT max(daily_date) FROM papers");
            var version = c.ExecuteScalar<int>("PRAGMA user_version");
            var bytes = c.ExecuteScalar<long>("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()");
            return new CorpusStats(papers, withArxivId, files, PaperRowMapper.ParseDate(oldest), PaperRowMapper.ParseDate(newest), version, database.FilePath, bytes, PaperRowMapper.ParseDate(latestDaily));
        });
        return Task.FromResult(stats);
    }

    public Task<IReadOnlyList<CategoryCount>> GetCategoriesAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<CategoryCount> counts = database.Read(c => c.Query<CategoryRow>(CategoriesSql))
            .Select(r => new CategoryCount(r.Category, r.Papers))
            .ToList();
        return Task.FromResult(counts);
    }

    public Task<bool> HasIngestedAnyFileAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(database.Read(c => c.ExecuteScalar<int>("SELECT EXISTS(SELECT 1 FROM source_files)") == 1));
    }

    private static StoredPaper? Load(SQLiteConnection connection, long id)
    {
        var row = connection.Query<PaperRow>($"SELECT {PaperRowMapper.Columns} FROM papers WHERE id = ?", id).FirstOrDefault();
        if (row is null)
        {
            return null;
        }

        var sources = connection.QueryScalars<string>(
            "SELECT s.path || ':' || ps.line FROM paper_sources ps JOIN source_files s ON s.id = ps.source_id WHERE ps.paper_id = ? ORDER BY s.id, ps.line",
            id);
        var categories = StoredCategories.Parse(connection.ExecuteScalar<string?>("SELECT categories FROM papers WHERE id = ?", id));
        return new StoredPaper(row.Id, PaperRowMapper.ToPaper(row) with { Categories = categories }, sources);
    }

    private sealed class CategoryRow
    {
        public string Category { get; set; } = "";

        public long Papers { get; set; }
    }
}
