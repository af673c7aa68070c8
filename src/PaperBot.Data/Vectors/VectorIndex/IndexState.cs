using System.Numerics.Tensors;
using PaperBot.Data.Database;
using PaperBot.Core.Papers.Vectors;

namespace PaperBot.Data.Vectors.VectorIndex;

/// <summary>
/// What answers a model's searches, swapped whole (never changed in place): the graph, or null for an exact scan; the
/// highest <c>paper_embeddings</c> rowid accounted for; and the vectors saved after the graph was built (searched exactly),
/// with the ids whose vector in the graph they replace. Without a graph, the vectors are <see cref="Held"/> in memory
/// while they are few, and otherwise scanned in SQLite.
/// </summary>
internal sealed record IndexState(
    HnswGraph? Graph,
    long Watermark,
    long Count,
    IReadOnlyDictionary<long, float[]> Delta,
    IReadOnlySet<long> Superseded,
    HeldVectors? Held = null)
{
    public static IndexState Exact(long watermark, long count, HeldVectors? held = null) =>
        new(null, watermark, count, new Dictionary<long, float[]>(), new HashSet<long>(), held);

    /// <summary>The graph's nearest (without superseded ids and <paramref name="excludeId"/>) merged with an exact pass over the delta.</summary>
    public IReadOnlyList<(long Id, double Score)> Nearest(HnswGraph graph, float[] unit, int top, long? excludeId)
    {
        var keys = new long[top];
        var scores = new float[top];
        Func<long, bool>? skip = excludeId is null && Superseded.Count == 0
            ? null
            : id => id == excludeId || Superseded.Contains(id);
        var found = graph.Search(unit, keys, scores, skip);
        if (Delta.Count == 0)
        {
            return Enumerable.Range(0, found).Select(i => (keys[i], (double)scores[i])).ToList();
        }

        var best = new TopScores(top);
        for (var i = 0; i < found; i++)
        {
            best.Offer(keys[i], scores[i]);
        }

        foreach (var (id, vector) in Delta)
        {
            if (id != excludeId && vector.Length == unit.Length)
            {
                best.Offer(id, TensorPrimitives.Dot(vector, unit));
            }
        }

        return best.Drain();
    }

    /// <summary>
    /// This state with the model's rows saved after <see cref="Watermark"/> up to <paramref name="top"/> added to the delta;
    /// an id the graph already holds is superseded there (SQLite gave its replacement a new, higher rowid).
    /// </summary>
    public IndexState WithRowsUpTo(SqliteDatabase database, string modelId, long top)
    {
        var graph = Graph ?? throw new InvalidOperationException("An exact scan keeps no delta.");
        var delta = new Dictionary<long, float[]>(Delta);
        var superseded = new HashSet<long>(Superseded);
        foreach (var (id, vector) in SavedVectors.Between(database, modelId, Watermark, top))
        {
            delta[id] = vector;
            if (graph.Contains(id))
            {
                superseded.Add(id);
            }
        }

        return this with { Watermark = top, Delta = delta, Superseded = superseded };
    }
}
