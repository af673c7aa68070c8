using System.Numerics.Tensors;
using PaperBot.Core.Papers.Vectors;
using PaperBot.Retrieval.Vectors;

namespace PaperBot.Retrieval.Topics;

/// <summary>
/// Which papers of a date range are on a highlights topic: those with every word of it, and, when the embedding model has
/// vectors, those whose vector is within <c>Search:TopicSimilarity</c> of the topic's. Each store lists the range's
/// papers (most upvoted first) and the ones with the words; the meaning part is the same everywhere.
/// </summary>
internal static class TopicMatch
{
    /// <summary>Papers of the range a topic is matched against by meaning at most (the most upvoted first).</summary>
    public const int MaxSemanticCandidates = 5000;

    /// <summary>Papers that stand for a topic when its vector is refined (see <see cref="Refine"/>), from each side.</summary>
    public const int TopicSeeds = 3;

    /// <summary>
    /// A two-word topic is a weak query for the model, so the topic's vector is moved towards the papers that best stand
    /// for it across the whole corpus (the nearest ones and <paramref name="wordSeeds"/>, the best with its words;
    /// pseudo-relevance feedback): papers are then compared with papers, which the model does far better.
    /// </summary>
    public static float[] Refine(DenseNeighbours dense, float[] query, IEnumerable<long> wordSeeds)
    {
        ArgumentNullException.ThrowIfNull(dense);
        var seeds = dense.NearestToVector(query, TopicSeeds)
            .Concat(wordSeeds)
            .Distinct()
            .Select(dense.PaperVector)
            .OfType<float[]>()
            .Where(v => v.Length == query.Length)
            .ToList();
        if (seeds.Count == 0)
        {
            return query;
        }

        var moved = (float[])query.Clone();
        foreach (var seed in seeds)
        {
            TensorPrimitives.MultiplyAdd(seed, 1f / seeds.Count, moved, moved);
        }

        return UnitVectors.Normalize(moved);
    }

    /// <summary>
    /// The papers on the topic, in the range's order: <paramref name="rows"/> (the range's first candidates) with the words
    /// or close in meaning, then those of <paramref name="wordedRows"/> (the range's papers with the words, in the same
    /// order) beyond the candidates.
    /// </summary>
    public static IEnumerable<T> OnTopic<T>(
        DenseNeighbours dense, float[] unit, double threshold, IReadOnlyList<T> rows, IReadOnlyList<T> wordedRows, Func<T, long> idOf)
    {
        ArgumentNullException.ThrowIfNull(dense);
        var worded = wordedRows.Select(idOf).ToHashSet();
        var candidates = rows.Select(idOf).ToHashSet();
        var similar = dense.Similarities(unit, rows.Select(idOf).Where(id => !worded.Contains(id)));
        return rows
            .Where(r => worded.Contains(idOf(r)) || similar.GetValueOrDefault(idOf(r)) >= threshold)
            .Concat(wordedRows.Where(r => !candidates.Contains(idOf(r))));
    }
}
