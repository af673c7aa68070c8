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

    // Which papers match is the query's (websearch_to_tsquery: every term, or with @any any of them; the "any term" query
    // is the same lexemes joined by OR: PostgreSQL prints a tsquery with every lexeme quoted, so replacing its '&' cannot
    // touch one). How they rank is BM25's idea on ts_rank: each query word's ts_rank (weights {D, C, B, A}: the abstract
    // (B) counts a quarter of the title (A); normalization 1 divides by 1 + log(length), so a long abstract does not win
    // by its length, and 32 saturates it, rank / (rank + 1), as BM25 saturates a word's count, so one word said often
    // does not outweigh several question words said once) times the word's inverse document frequency (@idfs, from
    // WordFrequencies), summed. ts_rank alone has no IDF, so "without" or "training" in a title outranked the one rare
    // word a question was about.
    //
    // Scoring every match was the cost (a common word is in most abstracts, and each ts_rank reads the paper's whole
    // vector out of TOAST), so only a bounded pool is scored exactly: the matches with a query word in the title, best
    // first by that word's IDF on the small title vector (a title word weighs four times an abstract word, so the best
    // papers are nearly always among them), and @pool further matches as the index yields them. Where the query
    // matches fewer than @pool papers, that is every match and the ranking is exact. Each paper's vector is read once
    // (the LATERAL copy) rather than once per query word.
    private const string RankSql = $$"""
        WITH terms AS (SELECT t.term::tsquery AS query, t.idf FROM unnest(@terms, @idfs) AS t(term, idf)),
             titled AS MATERIALIZED (
                 SELECT p.id FROM papers AS p
                 WHERE p.title_words @@ (SELECT @in_title::tsquery) AND p.search @@ {{MatchSql}} AND p.id <> @exclude AND {{FilterSql}}
                 ORDER BY (SELECT sum(t.idf * ts_rank(p.title_words, t.query)) FROM terms AS t) DESC, p.id DESC
                 LIMIT @pool),
             sampled AS MATERIALIZED (
                 SELECT p.id FROM papers AS p
                 WHERE p.search @@ {{MatchSql}} AND p.id <> @exclude AND {{FilterSql}}
                 LIMIT @pool),
             pool AS (SELECT id FROM titled UNION SELECT id FROM sampled)
        SELECT p.id, coalesce((SELECT sum(t.idf * ts_rank('{0.1, 0.2, 0.25, 1.0}', v.search, t.query, 33)) FROM terms AS t), 0) AS score
        FROM pool JOIN papers AS p ON p.id = pool.id
        CROSS JOIN LATERAL (SELECT p.search || ''::tsvector AS search OFFSET 0) AS v
        ORDER BY score DESC, p.id
        LIMIT @top
        """;

    // A sub-select of the parameters (not a CTE), so the planner reads it through the GIN index, and parses it once.
    private const string MatchSql = """
        (SELECT CASE WHEN @any THEN replace(q::text, ' & ', ' | ')::tsquery ELSE q END FROM websearch_to_tsquery('english', @query) AS q)
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

    /// <summary>The papers scored exactly per ranking at least (and <c>top</c> when larger), from each of the two pools.</summary>
    public const int Pool = 500;

    /// <summary>
    /// The best <paramref name="top"/> papers with every term (or any term) of <paramref name="text"/>, best first, never
    /// <paramref name="excludeId"/>. <paramref name="words"/> are the text's words and counts (<see cref="WordFrequencies"/>),
    /// read once by the caller for both the every-term and the any-term ranking.
    /// </summary>
    public static async Task<List<(long Id, double Score)>> RankAsync(
        NpgsqlConnection connection, QueryWords words, string text, int top, SearchFilter filter, bool anyTerm, CancellationToken cancellationToken, long excludeId = 0)
    {
        ArgumentNullException.ThrowIfNull(words);
        var ranked = new List<(long, double)>();
        if (words.Lexemes.Count == 0)
        {
            return ranked;
        }

        var terms = words.Lexemes.Select(TsQueryText.Lexeme).ToArray();
        await using var command = Filtered(Sql.Command(connection, RankSql), filter)
            .With("query", NpgsqlDbType.Text, text)
            .With("any", NpgsqlDbType.Boolean, anyTerm)
            .With("terms", NpgsqlDbType.Array | NpgsqlDbType.Text, terms)
            .With("idfs", NpgsqlDbType.Array | NpgsqlDbType.Double, words.Idfs())
            .With("in_title", NpgsqlDbType.Text, string.Join(" | ", terms))
            .With("exclude", NpgsqlDbType.Bigint, excludeId)
            .With("pool", NpgsqlDbType.Integer, Math.Max(top, Pool))
            .With("top", NpgsqlDbType.Integer, top);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
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
