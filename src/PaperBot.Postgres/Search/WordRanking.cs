using Npgsql;
using NpgsqlTypes;
using PaperBot.Core.Papers;
using PaperBot.Postgres.Database;

namespace PaperBot.Postgres.Search;

/// <summary>
/// Papers ranked by their words: PostgreSQL's <c>ts_rank</c> on the papers' <c>tsvector</c> (English stemming, title
/// weighted 4x over the abstract), narrowed by a <see cref="SearchFilter"/>. User text reaches PostgreSQL only as a
/// parameter of <c>websearch_to_tsquery</c>, which accepts any text ("quoted phrases", <c>or</c>, <c>-word</c>) and never
/// fails on syntax. This is the lexical half of hybrid search too: the index is PostgreSQL's own, so every process sees
/// every ingest at once, with nothing beside the database to build or keep current.
/// </summary>
internal static class WordRanking
{
    /// <summary>The longest query text searched: a pasted abstract is searched by its start.</summary>
    public const int MaxQueryLength = 1000;

    private const string FilterSql = """
        (cardinality(@exact) = 0 AND cardinality(@prefixes) = 0
               OR p.categories && @exact
               OR EXISTS (SELECT 1 FROM unnest(p.categories) AS c(name), unnest(@prefixes) AS x(prefix) WHERE starts_with(c.name, x.prefix)))
          AND (@since IS NULL OR p.published_on >= @since)
          AND (@until IS NULL OR p.published_on <= @until)
        """;

    // Which papers match is the query's (websearch_to_tsquery: every term, or with @any any of them). How they rank is
    // BM25's idea on ts_rank: each query word's ts_rank (weights {D, C, B, A}: the abstract (B) counts a quarter of the
    // title (A); normalization 1 divides by 1 + log(length), so a long abstract does not win by its length) times the
    // word's inverse document frequency, summed. ts_rank alone has no IDF, so "without" or "training" in a title
    // outranked the one rare word a question was about. Document frequencies are counted from the GIN index per query;
    // the paper count is the planner's estimate, counted while there is none yet (a new database). The "any term" query
    // is the same lexemes joined by OR: PostgreSQL prints a tsquery with every lexeme quoted, so replacing its '&' cannot
    // touch one.
    private const string RankSql = $$"""
        WITH q AS (SELECT websearch_to_tsquery('english', @query) AS all_terms),
             chosen AS (
                 SELECT CASE WHEN @any THEN replace(all_terms::text, ' & ', ' | ')::tsquery ELSE all_terms END AS query FROM q),
             words AS (
                 SELECT DISTINCT ('''' || replace(replace(lexeme, '\', '\\'), '''', '''''') || '''')::tsquery AS query
                 FROM unnest(tsvector_to_array(to_tsvector('english', @query))) AS lexeme),
             terms AS (
                 SELECT w.query, (SELECT count(*) FROM papers AS d WHERE d.search @@ w.query) AS df FROM words AS w),
             total AS (
                 SELECT greatest(
                            CASE WHEN c.reltuples > 0 THEN c.reltuples::float8 ELSE (SELECT count(*) FROM papers)::float8 END,
                            (SELECT max(df)::float8 FROM terms),
                            1.0) AS n
                 FROM pg_class AS c WHERE c.oid = 'papers'::regclass)
        SELECT p.id,
               coalesce((SELECT sum(ln(1 + (total.n - t.df + 0.5) / (t.df + 0.5)) * ts_rank('{0.1, 0.2, 0.25, 1.0}', p.search, t.query, 1))
                         FROM terms AS t), 0) AS score
        FROM papers AS p, chosen, total
        WHERE p.search @@ chosen.query AND p.id <> @exclude AND {{FilterSql}}
        ORDER BY score DESC, p.id
        LIMIT @top
        """;

    private const string AllowedSql = $"""
        SELECT p.id FROM papers AS p
        WHERE {FilterSql}
        """;

    /// <summary>The query text as searched: trimmed, and cut to <see cref="MaxQueryLength"/>.</summary>
    public static string Clean(string? query)
    {
        var text = (query ?? string.Empty).Trim();
        return text.Length > MaxQueryLength ? text[..MaxQueryLength] : text;
    }

    /// <summary>The best <paramref name="top"/> papers with every term (or any term), best first, never <paramref name="excludeId"/>.</summary>
    public static async Task<List<(long Id, double Score)>> RankAsync(
        NpgsqlConnection connection, string text, int top, SearchFilter filter, bool anyTerm, CancellationToken cancellationToken, long excludeId = 0)
    {
        await using var command = Filtered(Sql.Command(connection, RankSql), filter)
            .With("query", NpgsqlDbType.Text, text)
            .With("any", NpgsqlDbType.Boolean, anyTerm)
            .With("exclude", NpgsqlDbType.Bigint, excludeId)
            .With("top", NpgsqlDbType.Integer, top);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ranked = new List<(long, double)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ranked.Add((reader.GetInt64(0), reader.GetDouble(1)));
        }

        return ranked;
    }

    /// <summary>Every paper the filter lets through (for the dense ranking, which knows nothing of filters).</summary>
    public static async Task<IReadOnlySet<long>> AllowedAsync(NpgsqlConnection connection, SearchFilter filter, CancellationToken cancellationToken)
    {
        await using var command = Filtered(Sql.Command(connection, AllowedSql), filter);
        return await command.ReadIdSetAsync(cancellationToken);
    }

    private static NpgsqlCommand Filtered(NpgsqlCommand command, SearchFilter filter) => command
        .With("exact", NpgsqlDbType.Array | NpgsqlDbType.Text, filter.Categories.Where(c => !c.EndsWith('.')).ToArray())
        .With("prefixes", NpgsqlDbType.Array | NpgsqlDbType.Text, filter.Categories.Where(c => c.EndsWith('.')).ToArray())
        .With("since", NpgsqlDbType.Date, filter.Since)
        .With("until", NpgsqlDbType.Date, filter.Until);
}
