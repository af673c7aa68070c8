using Npgsql;
using NpgsqlTypes;
using PaperBot.Core.Papers;
using PaperBot.Core.Text;
using Microsoft.Extensions.Options;
using PaperBot.Postgres.Database;
using PaperBot.Retrieval.Search;

namespace PaperBot.Postgres.Search;

/// <summary>
/// Search and title autocomplete on PostgreSQL. Words are ranked by <see cref="WordRanking"/> (<c>ts_rank</c>): all terms
/// must match; when no paper has them all, any term may (the same fallback as the SQLite search). With
/// <see cref="SearchMode.Hybrid"/> (the default) that ranking is fused with the embedding model's nearest papers as the
/// SQLite store fuses its BM25 (<see cref="PostgresHybridSearch"/>).
/// </summary>
internal sealed class PostgresPaperSearch(
    PostgresDatabase database, IOptions<SearchOptions>? options = null, PostgresHybridSearch? hybrid = null, WordFrequencies? frequencies = null) : IPaperSearch
{
    /// <summary>Results per query at most: more is never read in a chat.</summary>
    public const int MaxTop = 100;

    private readonly PostgresHybridSearch? _hybrid = options?.Value.Mode is SearchMode.Hybrid or SearchMode.Dense ? hybrid : null;

    // One per process in the app (registered); a search built without one keeps its own.
    private readonly WordFrequencies _frequencies = frequencies ?? new WordFrequencies();

    // The range (not LIKE) on the text_pattern_ops index: a prepared statement's generic plan cannot read an index
    // through LIKE with a parameter, and scanned every title per keystroke. ~<~ orders by bytes, as the index does, so
    // the scan stops at @max titles.
    private const string TitlePrefixSql = """
        SELECT id, title FROM papers WHERE norm_title ~>=~ @low AND norm_title ~<~ @high ORDER BY norm_title USING ~<~ LIMIT @max
        """;

    private const string NewestTitlesSql = "SELECT id, title FROM papers ORDER BY id DESC LIMIT @max";

    public Task<IReadOnlyList<PaperHit>> SearchAsync(string query, int top, CancellationToken cancellationToken) =>
        SearchAsync(query, top, SearchFilter.None, cancellationToken);

    public async Task<IReadOnlyList<PaperHit>> SearchAsync(string query, int top, SearchFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var text = WordRanking.Clean(query);
        if (text.Length == 0 || top <= 0)
        {
            return [];
        }

        top = Math.Min(top, MaxTop);
        if (_hybrid is not null)
        {
            return await _hybrid.SearchAsync(text, top, filter, cancellationToken);
        }

        var words = TextWords.Words(text);
        return await database.RunAsync(
            async (connection, token) =>
            {
                var queryWords = await _frequencies.ForAsync(connection, text, token);
                var ranked = await WordRanking.RankAsync(connection, queryWords, text, top, filter, anyTerm: false, token);
                if (ranked.Count == 0)
                {
                    ranked = await WordRanking.RankAsync(connection, queryWords, text, top, filter, anyTerm: true, token);
                }

                return await HitReader.LoadAsync(connection, ranked, words, token);
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
                    ? await TitleRows.ReadAsync(Sql.Command(connection, NewestTitlesSql), max, token)
                    : await TitleRows.ReadAsync(
                        Sql.Command(connection, TitlePrefixSql)
                            .With("low", NpgsqlDbType.Text, normalized)
                            .With("high", NpgsqlDbType.Text, TitleRange.UpperBound(normalized)),
                        max,
                        token);
                if (found.Count < max && TitleWordsQuery.For(normalized) is { } words)
                {
                    var seen = found.Select(f => f.Id).ToHashSet();
                    var more = await TitleWordsLookup.NewestAsync(connection, words, max, token);
                    found.AddRange(more.Where(m => seen.Add(m.Id)).Take(max - found.Count));
                }

                return (IReadOnlyList<TitlePrefixMatch>)found;
            },
            cancellationToken);
    }
}
