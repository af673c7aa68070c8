namespace PaperBot.Retrieval.Vectors;

/// <summary>
/// Weighted reciprocal rank fusion: each ranking gives a paper weight / (k + rank), and the sums decide. It needs no
/// score calibration between BM25, TF-IDF cosine and dense cosine, which live on unrelated scales; the weights say how
/// much each ranking is trusted (tuned on the evaluation sets, see <c>SearchOptions</c>).
/// </summary>
internal static class RankFusion
{
    /// <summary>
    /// Papers by fused score, best first; ties keep the order of the first ranking that has them. <paramref name="k"/>
    /// damps the head of each list (60 in Cormack et al., 2009) so no single ranking dominates.
    /// </summary>
    public static IReadOnlyList<(long Id, double Score)> Fuse(int k, IReadOnlyList<WeightedRanking> rankings)
    {
        var scores = new Dictionary<long, double>();
        var firstSeen = new Dictionary<long, int>();
        foreach (var (ranking, weight, offset) in rankings)
        {
            if (weight <= 0)
            {
                continue;
            }

            for (var rank = 0; rank < ranking.Count; rank++)
            {
                var id = ranking[rank];
                scores[id] = scores.GetValueOrDefault(id) + (weight / (k + offset + rank + 1));
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

/// <summary>One ranking in a fusion: the ids best first, its weight, and the rank its first id holds (0: the top).</summary>
internal readonly record struct WeightedRanking(IReadOnlyList<long> Ids, double Weight, int Offset = 0);
