namespace PaperBot.Data.Vectors;

/// <summary>
/// Reciprocal rank fusion: each ranking gives a paper 1 / (k + rank), and the sums decide. It needs no score
/// calibration between BM25, TF-IDF cosine and dense cosine, which live on unrelated scales.
/// </summary>
internal static class RankFusion
{
    /// <summary>The constant from Cormack et al. (2009): it damps the head of each list so no single ranking dominates.</summary>
    public const int K = 60;

    /// <summary>Papers by fused score, best first; ties keep the order of the first ranking that has them.</summary>
    public static IReadOnlyList<(long Id, double Score)> Fuse(params IReadOnlyList<IReadOnlyList<long>> rankings)
    {
        var scores = new Dictionary<long, double>();
        var firstSeen = new Dictionary<long, int>();
        foreach (var ranking in rankings)
        {
            for (var rank = 0; rank < ranking.Count; rank++)
            {
                var id = ranking[rank];
                scores[id] = scores.GetValueOrDefault(id) + 1.0 / (K + rank + 1);
                firstSeen.TryAdd(id, firstSeen.Count);
            }
        }

        return scores
            .OrderByDescending(s => s.Value)
            .ThenBy(s => firstSeen[s.Key])
            .Select(s => (s.Key, s.Value))
            .ToList();
    }
}
