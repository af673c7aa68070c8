using Npgsql;
using NpgsqlTypes;
using PaperBot.Postgres.Database;

namespace PaperBot.Postgres.Search;

/// <summary>
/// How many papers hold each word, for <see cref="WordRanking"/>'s inverse document frequency, kept between queries:
/// counting the papers of a common word ("model") on every query cost more than ranking them. The counts and the paper
/// count are dropped whenever the newest paper id has changed since they were counted (one indexed read per query),
/// so an ingest by any process makes the next query count afresh. A paper updated in place (a merged entry with a new
/// abstract) does not move that id: its words shift the counts by one paper at most until the next new paper.
/// </summary>
internal sealed class WordFrequencies
{
    /// <summary>Words kept at most; past it the counts start over (a bot sees far fewer distinct query words).</summary>
    public const int MaxWords = 50_000;

    // The query's lexemes as PostgreSQL's English dictionary makes them (the tsvector's own), and the newest paper.
    private const string WordsSql = """
        SELECT tsvector_to_array(to_tsvector('english', @query)), coalesce((SELECT max(id) FROM papers), 0)
        """;

    // Each lexeme as a tsquery of itself (TsQueryText), counted on the GIN index.
    private const string CountSql = """
        SELECT w.lexeme, (SELECT count(*) FROM papers AS d WHERE d.search @@ w.term::tsquery)
        FROM unnest(@lexemes, @terms) AS w(lexeme, term)
        """;

    private const string PapersSql = "SELECT count(*) FROM papers";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);
    private long _newest = -1;
    private long _papers;

    /// <summary>The distinct lexemes of <paramref name="text"/> with their document counts, and the number of papers.</summary>
    public async Task<QueryWords> ForAsync(NpgsqlConnection connection, string text, CancellationToken cancellationToken)
    {
        string[] lexemes;
        long newest;
        await using (var command = Sql.Command(connection, WordsSql).With("query", NpgsqlDbType.Text, text))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            lexemes = reader.GetFieldValue<string[]>(0);
            newest = reader.GetInt64(1);
        }

        var (known, missing, papers) = Lookup(lexemes, newest);
        if (missing.Count == 0 && papers is { } counted)
        {
            return new QueryWords(lexemes, [.. lexemes.Select(l => known[l])], counted);
        }

        foreach (var (lexeme, count) in await CountAsync(connection, missing, cancellationToken))
        {
            known[lexeme] = count;
        }

        var total = papers ?? await PapersAsync(connection, cancellationToken);
        Remember(newest, total, known);
        return new QueryWords(lexemes, [.. lexemes.Select(l => known[l])], total);
    }

    /// <summary>What is known of <paramref name="lexemes"/> at <paramref name="newest"/>; everything is missing when it moved.</summary>
    private (Dictionary<string, long> Known, List<string> Missing, long? Papers) Lookup(string[] lexemes, long newest)
    {
        lock (_gate)
        {
            if (newest != _newest)
            {
                return (new Dictionary<string, long>(StringComparer.Ordinal), [.. lexemes], null);
            }

            var known = new Dictionary<string, long>(StringComparer.Ordinal);
            var missing = new List<string>();
            foreach (var lexeme in lexemes)
            {
                if (_counts.TryGetValue(lexeme, out var count))
                {
                    known[lexeme] = count;
                }
                else
                {
                    missing.Add(lexeme);
                }
            }

            return (known, missing, _papers);
        }
    }

    private void Remember(long newest, long papers, Dictionary<string, long> counts)
    {
        lock (_gate)
        {
            if (newest != _newest || _counts.Count + counts.Count > MaxWords)
            {
                _counts.Clear();
                _newest = newest;
            }

            _papers = papers;
            foreach (var (lexeme, count) in counts)
            {
                _counts[lexeme] = count;
            }
        }
    }

    private static async Task<List<(string Lexeme, long Count)>> CountAsync(NpgsqlConnection connection, List<string> lexemes, CancellationToken cancellationToken)
    {
        var counts = new List<(string, long)>();
        if (lexemes.Count == 0)
        {
            return counts;
        }

        await using var command = Sql.Command(connection, CountSql)
            .With("lexemes", NpgsqlDbType.Array | NpgsqlDbType.Text, lexemes.ToArray())
            .With("terms", NpgsqlDbType.Array | NpgsqlDbType.Text, lexemes.Select(TsQueryText.Lexeme).ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        return counts;
    }

    private static async Task<long> PapersAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, PapersSql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
