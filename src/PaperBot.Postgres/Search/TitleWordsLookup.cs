using Npgsql;
using NpgsqlTypes;
using PaperBot.Core.Papers;
using PaperBot.Postgres.Database;

namespace PaperBot.Postgres.Search;

/// <summary>
/// The newest titles with the typed words (a <see cref="TitleWordsQuery"/>), for autocomplete, in steps that each read a
/// bounded part and are taken only when they are sure to be the newest: the newest <see cref="SmallWindow"/> papers'
/// title vectors (a common word fills the suggestions there); the title words' GIN index (schema 7) up to
/// <see cref="FewMatches"/> matches (a rare word has them all); the newest <see cref="LargeWindow"/> titles (a word in
/// between); and only then every match. One statement ordered by id would leave the planner to guess between reading
/// titles newest first and reading the index, and a wrong guess read every title or every match on a keystroke.
/// </summary>
internal static class TitleWordsLookup
{
    /// <summary>The newest titles read first.</summary>
    public const int SmallWindow = 200;

    /// <summary>Matches read off the index at most before the step is given up.</summary>
    public const int FewMatches = 1000;

    /// <summary>The newest titles read when the index holds more than <see cref="FewMatches"/>.</summary>
    public const int LargeWindow = 10_000;

    // The query is a sub-select so that it is parsed once, not once per title.
    private const string NewestSql = """
        SELECT id, title FROM (SELECT id, title, title_words FROM papers ORDER BY id DESC LIMIT @window) AS recent
        WHERE title_words @@ (SELECT to_tsquery('english', @words)) ORDER BY id DESC LIMIT @max
        """;

    // Up to @cap matches in the index's order; fewer than @cap is all of them (no row at all: there is none).
    private const string FewSql = """
        WITH found AS MATERIALIZED (SELECT id, title FROM papers WHERE title_words @@ (SELECT to_tsquery('english', @words)) LIMIT @cap)
        SELECT id, title, (SELECT count(*) FROM found) < @cap FROM found ORDER BY id DESC LIMIT @max
        """;

    private const string AllSql = """
        WITH found AS MATERIALIZED (SELECT id, title FROM papers WHERE title_words @@ (SELECT to_tsquery('english', @words)))
        SELECT id, title FROM found ORDER BY id DESC LIMIT @max
        """;

    /// <summary>The newest <paramref name="max"/> titles with <paramref name="words"/>, newest first.</summary>
    public static async Task<List<TitlePrefixMatch>> NewestAsync(NpgsqlConnection connection, string words, int max, CancellationToken cancellationToken)
    {
        var newest = await WindowAsync(connection, words, SmallWindow, max, cancellationToken);
        if (newest.Count >= max)
        {
            return newest;
        }

        var (few, all) = await FewAsync(connection, words, max, cancellationToken);
        if (all)
        {
            return few;
        }

        newest = await WindowAsync(connection, words, LargeWindow, max, cancellationToken);
        return newest.Count >= max
            ? newest
            : await TitleRows.ReadAsync(Sql.Command(connection, AllSql).With("words", NpgsqlDbType.Text, words), max, cancellationToken);
    }

    private static Task<List<TitlePrefixMatch>> WindowAsync(NpgsqlConnection connection, string words, int window, int max, CancellationToken cancellationToken) =>
        TitleRows.ReadAsync(
            Sql.Command(connection, NewestSql).With("words", NpgsqlDbType.Text, words).With("window", NpgsqlDbType.Integer, window), max, cancellationToken);

    private static async Task<(List<TitlePrefixMatch> Titles, bool All)> FewAsync(NpgsqlConnection connection, string words, int max, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, FewSql)
            .With("words", NpgsqlDbType.Text, words)
            .With("cap", NpgsqlDbType.Integer, FewMatches)
            .With("max", NpgsqlDbType.Integer, max);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var titles = new List<TitlePrefixMatch>();
        var all = true;
        while (await reader.ReadAsync(cancellationToken))
        {
            titles.Add(new TitlePrefixMatch(reader.GetInt64(0), reader.GetString(1)));
            all = reader.GetBoolean(2);
        }

        return (titles, all);
    }
}
