using System.Numerics.Tensors;
using PaperBot.Core.Library;

namespace PaperBot.Retrieval.Vectors;

/// <summary>
/// A library's neighbours by meaning: the mean of the saved papers' unit vectors, its nearest papers in the vector
/// store, and for each the saved papers within <see cref="CloseCosine"/> of it (at least the closest one).
/// </summary>
internal sealed class LibraryNeighbours(DenseNeighbours dense) : ILibraryNeighbours
{
    /// <summary>The cosine from which a saved paper counts as "close" in the why.</summary>
    private const double CloseCosine = 0.5;

    public async Task<IReadOnlyList<Recommendation>?> NearestAsync(IReadOnlyList<long> paperIds, int top, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paperIds);
        await dense.CatchUpAsync(cancellationToken).ConfigureAwait(false);
        var vectors = paperIds.Select(id => (Id: id, Vector: dense.PaperVector(id))).Where(v => v.Vector is not null).ToList();
        if (vectors.Count == 0)
        {
            return null;
        }

        var length = vectors[0].Vector!.Length;
        var mean = new float[length];
        foreach (var (_, vector) in vectors.Where(v => v.Vector!.Length == length))
        {
            TensorPrimitives.Add(mean, vector!, mean);
        }

        var norm = TensorPrimitives.Norm(mean);
        if (!(norm > 0))
        {
            return [];
        }

        TensorPrimitives.Divide(mean, norm, mean);
        var saved = paperIds.ToHashSet();
        var nearest = dense.NearestToVector(mean, top + saved.Count).Where(id => !saved.Contains(id)).Take(top);
        var recommendations = new List<Recommendation>();
        foreach (var id in nearest)
        {
            if (dense.PaperVector(id) is not { } candidate || candidate.Length != length)
            {
                continue;
            }

            var closeness = vectors
                .Select(v => (v.Id, Cosine: (double)TensorPrimitives.Dot(candidate, v.Vector!)))
                .OrderByDescending(v => v.Cosine)
                .ToList();
            var close = closeness.Where((v, i) => i == 0 || v.Cosine >= CloseCosine).Select(v => v.Id).ToList();
            recommendations.Add(new Recommendation(id, TensorPrimitives.Dot(candidate, mean), close));
        }

        return recommendations;
    }
}
