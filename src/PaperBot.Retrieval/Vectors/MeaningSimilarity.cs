using System.Numerics.Tensors;
using Microsoft.Extensions.Logging;
using PaperBot.Core.Papers;
using PaperBot.Core.Papers.Vectors;

namespace PaperBot.Retrieval.Vectors;

/// <summary>
/// Meaning-based closeness for answers: the question's vector (cached with search's), papers' stored vectors, and
/// abstract sentences embedded on demand. Sentence vectors are kept (per model, first in first out), so the papers
/// members ask about again and again cost no model run. A failing model never fails an answer: it says "unknown".
/// </summary>
internal sealed class MeaningSimilarity(DenseNeighbours dense, IEnumerable<ITextEmbedder> embedders, ILogger<MeaningSimilarity> logger) : IMeaningSimilarity
{
    /// <summary>Sentences kept: 16,384 × 384 floats is about 25 MB, the sentences of some 2,000 papers.</summary>
    private const int PassageCapacity = 16_384;

    private readonly ITextEmbedder? _embedder = embedders.FirstOrDefault();
    private readonly QueryVectorCache _passages = new(PassageCapacity);

    public async Task<IReadOnlyList<double>?> ToPassagesAsync(string question, IReadOnlyList<string> passages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(passages);
        if (_embedder is null || passages.Count == 0 || await dense.QueryVectorAsync(question, cancellationToken).ConfigureAwait(false) is not { } query)
        {
            return null;
        }

        var vectors = await PassageVectorsAsync(_embedder, passages, cancellationToken).ConfigureAwait(false);
        return vectors?.Select(v => v.Length == query.Length ? (double)Math.Clamp(TensorPrimitives.Dot(query, v), -1f, 1f) : 0).ToList();
    }

    public async Task<IReadOnlyDictionary<long, double>> ToPapersAsync(string question, IReadOnlyCollection<long> paperIds, CancellationToken cancellationToken) =>
        await dense.QueryVectorAsync(question, cancellationToken).ConfigureAwait(false) is { } query
            ? dense.Similarities(query, paperIds)
            : new Dictionary<long, double>();

    /// <summary>From the vectors as of the last catch-up (the question's, which an answer asks first): no database read.</summary>
    public double? BetweenPapers(long first, long second) =>
        dense.PaperVector(first) is { } a && dense.PaperVector(second) is { } b && a.Length == b.Length
            ? Math.Clamp(TensorPrimitives.Dot(a, b), -1f, 1f)
            : null;

    /// <summary>Forgets the cached sentence vectors (and the question vectors they are compared with), as after a restart.</summary>
    internal void ForgetVectors()
    {
        _passages.Clear();
        dense.ForgetQueryVectors();
    }

    /// <summary>Unit vectors of the passages, from the cache or one model call for the missing ones; null if the model fails.</summary>
    private async Task<float[][]?> PassageVectorsAsync(ITextEmbedder embedder, IReadOnlyList<string> passages, CancellationToken cancellationToken)
    {
        var vectors = new float[passages.Count][];
        var missing = new List<int>();
        for (var i = 0; i < passages.Count; i++)
        {
            if (_passages.TryGet((embedder.ModelId, passages[i]), out var cached))
            {
                vectors[i] = cached;
            }
            else
            {
                missing.Add(i);
            }
        }

        if (missing.Count == 0)
        {
            return vectors;
        }

        try
        {
            var fresh = await embedder.EmbedPassagesAsync([.. missing.Select(i => passages[i])], cancellationToken).ConfigureAwait(false);
            for (var j = 0; j < missing.Count; j++)
            {
                // Normalize refuses NaN or infinity, so nothing broken is kept.
                var unit = UnitVectors.Normalize(fresh[j]);
                vectors[missing[j]] = unit;
                _passages.Add((embedder.ModelId, passages[missing[j]]), unit);
            }

            return vectors;
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (embedder.IsAvailable)
            {
                Log.EmbeddingFailed(logger, embedder.ModelId, error.Message);
            }

            return null;
        }
    }
}
