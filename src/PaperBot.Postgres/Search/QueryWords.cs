namespace PaperBot.Postgres.Search;

/// <summary>A query's distinct lexemes with how many papers hold each, and how many papers there are.</summary>
internal sealed record QueryWords(IReadOnlyList<string> Lexemes, IReadOnlyList<long> Counts, long Papers)
{
    /// <summary>
    /// Each lexeme's inverse document frequency, BM25's (never negative, however common the word):
    /// ln(1 + (N - df + 0.5) / (df + 0.5)), with N at least the largest count (a paper count read before an ingest
    /// committed can lag the word counts).
    /// </summary>
    public double[] Idfs()
    {
        var n = Math.Max(Math.Max(Papers, Counts.Count == 0 ? 0 : Counts.Max()), 1);
        return [.. Counts.Select(df => Math.Log(1 + ((n - df + 0.5) / (df + 0.5))))];
    }
}
