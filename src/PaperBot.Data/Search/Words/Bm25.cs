namespace PaperBot.Data.Search.Words;

/// <summary>
/// FTS5's <c>bm25()</c>, term for term (sqlite/ext/fts5/fts5_aux.c): k1 1.2, b 0.75, the IDF floored at 1e-6 for a
/// phrase in more than half the papers, the frequency weighted by column, and the length the whole row's tokens.
/// </summary>
internal readonly struct Bm25(long papers, double averageLength)
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    public double Idf(long papersWithPhrase)
    {
        var idf = Math.Log((papers - papersWithPhrase + 0.5) / (papersWithPhrase + 0.5));
        return idf <= 0 ? 1e-6 : idf;
    }

    public double Score(double idf, double frequency, int length) =>
        frequency <= 0 ? 0 : idf * (frequency * (K1 + 1)) / (frequency + K1 * (1 - B + B * length / averageLength));
}
