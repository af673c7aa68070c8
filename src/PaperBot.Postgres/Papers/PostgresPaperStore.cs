using NpgsqlTypes;
using PaperBot.Core.Papers;
using PaperBot.Postgres.Database;
using PaperBot.Postgres.Search;

namespace PaperBot.Postgres.Papers;

/// <summary>Reads papers by id, arXiv id or title, and the corpus figures, from PostgreSQL.</summary>
internal sealed class PostgresPaperStore(PostgresDatabase database, IPaperSearch search) : IPaperStore
{
    private const string LoadSql = $"SELECT {PaperColumns.Values} FROM papers WHERE id = @id";

    private const string SourcesSql = """
        SELECT s.path || ':' || ps.line FROM paper_sources ps JOIN source_files s ON s.id = ps.source_id
        WHERE ps.paper_id = @id ORDER BY s.id, ps.line
        """;

    // The arXiv id first, then the exact normalized title, then the first title it starts (ordinal order, as SQLite).
    // The title start is a range on the text_pattern_ops index (TitleRange), as autocomplete reads it: a prepared LIKE
    // with a parameter could not use the index and read every title.
    private const string FindSql = """
        SELECT id FROM (
            SELECT id, 0 AS rank, '' AS title FROM papers WHERE arxiv_id = @arxiv_id
            UNION ALL
            SELECT id, 1, '' FROM papers WHERE @norm_title <> '' AND norm_title = @norm_title
            UNION ALL
            (SELECT id, 2, norm_title FROM papers WHERE @norm_title <> '' AND norm_title ~>=~ @norm_title AND norm_title ~<~ @high
             ORDER BY norm_title USING ~<~, id LIMIT 1)) AS found
        ORDER BY rank, title COLLATE "C", id LIMIT 1
        """;

    private const string StatsSql = """
        SELECT (SELECT count(*) FROM papers), (SELECT count(*) FROM papers WHERE arxiv_id IS NOT NULL), (SELECT count(*) FROM source_files),
               (SELECT min(published_on) FROM papers), (SELECT max(published_on) FROM papers), (SELECT max(daily_date) FROM papers),
               (SELECT max(version) FROM paperbot_schema), pg_database_size(current_database())
        """;

    private const string CategoriesSql = """
        SELECT c.name, count(*) FROM papers, unnest(categories) AS c(name)
        GROUP BY c.name ORDER BY count(*) DESC, c.name COLLATE "C"
        """;

    public Task<StoredPaper?> GetAsync(long id, CancellationToken cancellationToken) =>
        database.RunAsync(
            async (connection, token) =>
            {
                Paper paper;
                await using (var load = Sql.Command(connection, LoadSql).With("id", NpgsqlDbType.Bigint, id))
                await using (var reader = await load.ExecuteReaderAsync(token))
                {
                    if (!await reader.ReadAsync(token))
                    {
                        return null;
                    }

                    paper = PaperColumns.Read(reader, 0);
                }

                await using var sources = Sql.Command(connection, SourcesSql).With("id", NpgsqlDbType.Bigint, id);
                await using var rows = await sources.ExecuteReaderAsync(token);
                var paths = new List<string>();
                while (await rows.ReadAsync(token))
                {
                    paths.Add(rows.GetString(0));
                }

                return new StoredPaper(id, paper, paths);
            },
            cancellationToken);

    public async Task<StoredPaper?> FindAsync(string idOrTitle, CancellationToken cancellationToken)
    {
        if (PaperReference.Parse(idOrTitle) is not { } reference)
        {
            return null;
        }

        if (reference.Id is { } id)
        {
            return await GetAsync(id, cancellationToken);
        }

        var found = await database.RunAsync(
            async (connection, token) =>
            {
                await using var find = Sql.Command(connection, FindSql)
                    .With("arxiv_id", NpgsqlDbType.Text, reference.ArxivId)
                    .With("norm_title", NpgsqlDbType.Text, reference.NormalizedTitle)
                    .With("high", NpgsqlDbType.Text, reference.NormalizedTitle.Length == 0 ? string.Empty : TitleRange.UpperBound(reference.NormalizedTitle));
                return await find.ExecuteScalarAsync(token) as long?;
            },
            cancellationToken);
        if (found is { } hit)
        {
            return await GetAsync(hit, cancellationToken);
        }

        var best = await search.SearchAsync(reference.Text, 1, cancellationToken);
        return best.Count == 0 ? null : await GetAsync(best[0].Id, cancellationToken);
    }

    public Task<CorpusStats> GetStatsAsync(CancellationToken cancellationToken) =>
        database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(connection, StatsSql);
                await using var reader = await command.ExecuteReaderAsync(token);
                await reader.ReadAsync(token);
                DateOnly? Date(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateOnly>(ordinal);
                return new CorpusStats(
                    reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), Date(3), Date(4), reader.GetInt32(6), database.Server, reader.GetInt64(7), Date(5));
            },
            cancellationToken);

    public Task<IReadOnlyList<CategoryCount>> GetCategoriesAsync(CancellationToken cancellationToken) =>
        database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(connection, CategoriesSql);
                await using var reader = await command.ExecuteReaderAsync(token);
                var counts = new List<CategoryCount>();
                while (await reader.ReadAsync(token))
                {
                    counts.Add(new CategoryCount(reader.GetString(0), reader.GetInt64(1)));
                }

                return (IReadOnlyList<CategoryCount>)counts;
            },
            cancellationToken);

    public Task<bool> HasIngestedAnyFileAsync(CancellationToken cancellationToken) =>
        database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(connection, "SELECT EXISTS(SELECT 1 FROM source_files)");
                return (bool)(await command.ExecuteScalarAsync(token))!;
            },
            cancellationToken);
}
