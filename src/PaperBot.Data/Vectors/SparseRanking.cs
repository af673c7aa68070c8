using SQLite;

namespace PaperBot.Data.Vectors;

/// <summary>Orders candidate papers by the TF-IDF cosine of their stored vectors to a query vector.</summary>
internal static class SparseRanking
{
    /// <summary>Candidates with a positive cosine to <paramref name="query"/>, best first.</summary>
    public static List<long> ByCosine(SQLiteConnection connection, IReadOnlyDictionary<string, int> query, IReadOnlyList<long> candidates)
    {
        var vectors = SparseIndex.LoadVectors(connection, candidates);
        var idf = SparseIndex.LoadIdf(connection, query.Keys.Concat(vectors.Values.SelectMany(v => v.Terms)));
        var unitQuery = idf.UnitWeights(query);
        return Rank(idf, unitQuery, candidates, vectors);
    }

    /// <summary>Candidates with a positive cosine to a stored vector (a paper's), best first.</summary>
    public static List<long> ByCosine(SQLiteConnection connection, TermVector paper, IReadOnlyList<long> candidates) =>
        [.. Cosines(connection, paper, candidates).Select(c => c.Id)];

    /// <summary>Candidates with a positive cosine to a stored vector (a paper's) and that cosine, best first.</summary>
    public static List<(long Id, double Cosine)> Cosines(SQLiteConnection connection, TermVector paper, IReadOnlyList<long> candidates)
    {
        var vectors = SparseIndex.LoadVectors(connection, candidates);
        var idf = SparseIndex.LoadIdf(connection, paper.Terms.Concat(vectors.Values.SelectMany(v => v.Terms)));
        return Scored(idf, idf.UnitWeights(paper), candidates, vectors);
    }

    private static List<long> Rank(IdfTable idf, Dictionary<string, double> unitQuery, IReadOnlyList<long> candidates, Dictionary<long, TermVector> vectors) =>
        [.. Scored(idf, unitQuery, candidates, vectors).Select(c => c.Id)];

    private static List<(long Id, double Cosine)> Scored(IdfTable idf, Dictionary<string, double> unitQuery, IReadOnlyList<long> candidates, Dictionary<long, TermVector> vectors) =>
        candidates
            .Where(vectors.ContainsKey)
            .Select(id => (Id: id, Cosine: IdfTable.Cosine(unitQuery, idf.UnitWeights(vectors[id]))))
            .Where(c => c.Cosine > 0)
            .OrderByDescending(c => c.Cosine)
            .ToList();
}
