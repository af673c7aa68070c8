using PaperBot.Benchmarks.Sqlite;

namespace PaperBot.Benchmarks.Ingest;

/// <summary>Checks that PaperBot and the baseline stored the same rows, so the two ingests did the same work.</summary>
internal static class RowCheck
{
    private const string Summary = """
        SELECT count(*) || ' papers, ' || sum(length(title)) || '/' || sum(length(norm_title)) || '/' || sum(length(abstract))
            || ' title/key/abstract chars, ' || count(published_on) || ' dates ' || min(published_on) || '..' || max(published_on)
            || ', daily ' || min(daily_date) || '..' || max(daily_date) || ', ' || sum(author_count) || ' authors, '
            || count(organization) || ' organisations, ' || sum(upvotes) || ' upvotes'
        FROM papers
        """;

    private const string Links = "SELECT (SELECT count(*) FROM paper_sources) || ' links, ' || (SELECT count(*) FROM source_files) || ' files'";

    private const string Index = "SELECT count(*) || ' rows match model' FROM papers_fts WHERE papers_fts MATCH 'model'";

    private const string Terms = "SELECT (SELECT count(*) || ' vectors, ' || sum(length(terms)) || ' bytes' FROM paper_terms) || ', ' || (SELECT count(*) || ' terms, df ' || sum(df) FROM term_df)";

    /// <summary>Null when both databases hold the same term vectors and frequencies (schema 2); otherwise what differs.</summary>
    public static string? CompareTerms(string paperBotDatabase, string otherDatabase)
    {
        using var ours = new RawDatabase(paperBotDatabase);
        using var theirs = new RawDatabase(otherDatabase);
        var (a, b) = (ours.Scalar(Terms), theirs.Scalar(Terms));
        return a == b ? null : $"term vectors: PaperBot {a}; baseline + term vectors {b}";
    }

    /// <summary>Null when both databases agree; otherwise what differs.</summary>
    public static string? Compare(string paperBotDatabase, string baselineDatabase)
    {
        var ours = Describe(paperBotDatabase);
        var theirs = Describe(baselineDatabase);
        return ours == theirs ? null : $"PaperBot: {ours}; baseline: {theirs}";
    }

    private static string Describe(string path)
    {
        using var database = new RawDatabase(path);
        return $"{database.Scalar(Summary)}; {database.Scalar(Links)}; {database.Scalar(Index)}";
    }
}
