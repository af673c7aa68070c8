using Npgsql;
using NpgsqlTypes;
using PaperBot.Core.Papers;
using PaperBot.Core.Text;
using PaperBot.Postgres.Database;

namespace PaperBot.Postgres.Search;

/// <summary>
/// Full-text search on the papers' <c>tsvector</c> (English stemming, title weighted 4x over the abstract) and title
/// autocomplete. User text reaches PostgreSQL only as a parameter of <c>websearch_to_tsquery</c>, which accepts any
/// text ("quoted phrases", <c>or</c>, <c>-word</c>) and never fails on syntax. All terms must match; when no paper has
/// them all, any term may (the same fallback as the SQLite search). No dense vectors yet: ranking is by words only.
/// </summary>
internal sealed class PostgresPaperSearch(PostgresDatabase database) : IPaperSearch
{
    /// <summary>Results per query at most: more is never read in a chat.</summary>
    public const int MaxTop = 100;

    /// <summary>The longest query text searched: a pasted abstract is searched by its start.</summary>
    public const int MaxQueryLength = 1000;

    // ts_rank's weights are {D, C, B, A}: the abstract (B) counts a quarter of the title (A). Normalization 1 divides by
    // 1 + log(length), so a long abstract does not win by its length. The "any term" query is the same lexemes joined by
    // OR: PostgreSQL prints a tsquery with every lexeme quoted, so replacing its '&' operators cannot touch a lexeme.
    private const string SearchSql = """
        WITH q AS (SELECT websearch_to_tsquery('english', @query) AS all_terms),
             chosen AS (
                 SELECT CASE WHEN @any THEN replace(all_terms::text, ' & ', ' | ')::tsquery ELSE all_terms END AS query FROM q)
        SELECT p.id, p.title, p.arxiv_id, p.published_on, p.upvotes, p.abstract, p.categories,
               ts_rank('{0.1, 0.2, 0.25, 1.0}', p.search, chosen.query, 1) AS score
        FROM papers AS p, chosen
        WHERE p.search @@ chosen.query
          AND (cardinality(@exact) = 0 AND cardinality(@prefixes) = 0
               OR p.categories && @exact
               OR EXISTS (SELECT 1 FROM unnest(p.categories) AS c(name), unnest(@prefixes) AS x(prefix) WHERE starts_with(c.name, x.prefix)))
          AND (@since IS NULL OR p.published_on >= @since)
          AND (@until IS NULL OR p.published_on <= @until)
        ORDER BY score DESC, p.id
        LIMIT @top
        """;

    private const string TitlePrefixSql =
        @"SELECT id, title FROM papers WHERE norm_title LIKE @pattern ORDER BY norm_title COLLATE ""C"", id LIMIT @max";

    // Titles whose words start with what was typed ("flash att" finds "... FlashAttention ..."), newest first.
    private const string TitleWordsSql = """
        SELECT id, title FROM papers WHERE search @@ to_tsquery('english', @words) ORDER BY id DESC LIMIT @max
        """;

    private const string NewestTitlesSql = "SELECT id, title FROM papers ORDER BY id DESC LIMIT @max";

    public Task<IReadOnlyList<PaperHit>> SearchAsync(string query, int top, CancellationToken cancellationToken) =>
        SearchAsync(query, top, SearchFilter.None, cancellationToken);

    public async Task<IReadOnlyList<PaperHit>> SearchAsync(string query, int top, SearchFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var text = (query ?? string.Empty).Trim();
        if (text.Length > MaxQueryLength)
        {
            text = text[..MaxQueryLength];
        }

        if (text.Length == 0 || top <= 0)
        {
            return [];
        }

        top = Math.Min(top, MaxTop);
        var words = TextWords.Words(text);
        return await database.RunAsync(
            async (connection, token) =>
            {
                var hits = await RunAsync(connection, text, top, filter, anyTerm: false, words, token);
                return hits.Count > 0 ? hits : await RunAsync(connection, text, top, filter, anyTerm: true, words, token);
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<TitlePrefixMatch>> CompleteTitleAsync(string prefix, int max, CancellationToken cancellationToken)
    {
        var normalized = TitleNormalizer.Normalize(prefix ?? string.Empty);
        if (max <= 0)
        {
            return [];
        }

        max = Math.Min(max, MaxTop);
        return await database.RunAsync(
            async (connection, token) =>
            {
                var found = normalized.Length == 0
                    ? await TitlesAsync(Sql.Command(connection, NewestTitlesSql), max, token)
                    : await TitlesAsync(Sql.Command(connection, TitlePrefixSql).With("pattern", NpgsqlDbType.Text, Like.Prefix(normalized)), max, token);
                if (found.Count < max && TitleWordsQuery.For(normalized) is { } words)
                {
                    var seen = found.Select(f => f.Id).ToHashSet();
                    var more = await TitlesAsync(Sql.Command(connection, TitleWordsSql).With("words", NpgsqlDbType.Text, words), max, token);
                    found.AddRange(more.Where(m => seen.Add(m.Id)).Take(max - found.Count));
                }

                return (IReadOnlyList<TitlePrefixMatch>)found;
            },
            cancellationToken);
    }

    private static async Task<List<PaperHit>> RunAsync(
        NpgsqlConnection connection, string text, int top, SearchFilter filter, bool anyTerm, IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, SearchSql)
            .With("query", NpgsqlDbType.Text, text)
            .With("any", NpgsqlDbType.Boolean, anyTerm)
            .With("exact", NpgsqlDbType.Array | NpgsqlDbType.Text, filter.Categories.Where(c => !c.EndsWith('.')).ToArray())
            .With("prefixes", NpgsqlDbType.Array | NpgsqlDbType.Text, filter.Categories.Where(c => c.EndsWith('.')).ToArray())
            .With("since", NpgsqlDbType.Date, filter.Since)
            .With("until", NpgsqlDbType.Date, filter.Until)
            .With("top", NpgsqlDbType.Integer, top);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var hits = new List<PaperHit>();
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(new PaperHit(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.OptionalString(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3),
                reader.IsDBNull(4) ? null : reader.GetInt32(4),
                reader.GetFloat(7),
                SnippetBuilder.Build(reader.GetString(5), words))
            {
                Categories = reader.GetFieldValue<string[]>(6),
            });
        }

        return hits;
    }

    private static async Task<List<TitlePrefixMatch>> TitlesAsync(NpgsqlCommand command, int max, CancellationToken cancellationToken)
    {
        await using (command)
        {
            command.With("max", NpgsqlDbType.Integer, max);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var titles = new List<TitlePrefixMatch>();
            while (await reader.ReadAsync(cancellationToken))
            {
                titles.Add(new TitlePrefixMatch(reader.GetInt64(0), reader.GetString(1)));
            }

            return titles;
        }
    }
}
