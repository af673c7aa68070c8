using Microsoft.Extensions.Logging;
using PaperBot.Core.Papers;
using PaperBot.Core.Papers.Vectors;

namespace PaperBot.Retrieval.Vectors;

/// <summary>
/// Nearest papers by dense embedding, when an embedding model is registered and has stored vectors; otherwise
/// nothing, and search and related papers rank by the sparse vectors alone. A failing model never fails a search.
/// </summary>
internal sealed class DenseNeighbours(IStoredVectors store, IEnumerable<ITextEmbedder> embedders, ILogger<DenseNeighbours> logger)
{
    private readonly ITextEmbedder? _embedder = embedders.FirstOrDefault();

    // Members ask the same things (a popular topic, "More results", the same search from a button): a query's vector is
    // kept, so asking again costs no model run.
    private readonly QueryVectorCache _queries = new(QueryVectorCache.DefaultCapacity);

    /// <summary>The papers nearest to <paramref name="text"/>, best first; empty without a model or vectors.</summary>
    public async Task<IReadOnlyList<long>> NearestToTextAsync(string text, int top, CancellationToken cancellationToken) =>
        await QueryVectorAsync(text, cancellationToken) is { } unit ? NearestToVector(unit, top) : [];

    /// <summary>
    /// Brings the stored vectors up to the database (see <see cref="IStoredVectors.CatchUpAsync"/>): a query that reads
    /// paper vectors first calls this, or <see cref="QueryVectorAsync"/>, which does.
    /// </summary>
    public Task CatchUpAsync(CancellationToken cancellationToken) =>
        _embedder is null ? Task.CompletedTask : store.CatchUpAsync(_embedder.ModelId, cancellationToken);

    /// <summary>The query vector for <paramref name="text"/>; null without a usable model or any stored vector.</summary>
    public async Task<float[]?> QueryVectorAsync(string text, CancellationToken cancellationToken)
    {
        if (_embedder is not { IsAvailable: true } || !await store.HasAnyAsync(_embedder.ModelId, cancellationToken))
        {
            return null;
        }

        await store.CatchUpAsync(_embedder.ModelId, cancellationToken);

        try
        {
            return UnitVectors.Normalize(await EmbedQueryAsync(text, cancellationToken));
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (_embedder.IsAvailable)
            {
                Log.EmbeddingFailed(logger, _embedder.ModelId, error.Message);
            }

            return null;
        }
    }

    /// <summary>The papers nearest to a unit vector, best first, leaving out <paramref name="excludeId"/>; empty without a model.</summary>
    public IReadOnlyList<long> NearestToVector(float[] unit, int top, long? excludeId = null) =>
        _embedder is null ? [] : [.. store.Nearest(_embedder.ModelId, unit, top, excludeId).Select(n => n.Id)];

    /// <summary>A stored paper's unit vector; null without a model or its vector.</summary>
    public float[]? PaperVector(long paperId) =>
        _embedder is null || store.Find(_embedder.ModelId, paperId) is not { } vector ? null : UnitVectors.Normalize(vector);

    /// <summary>The cosine of each paper that has a vector to the unit vector <paramref name="unit"/>.</summary>
    public Dictionary<long, double> Similarities(float[] unit, IEnumerable<long> paperIds)
    {
        var result = new Dictionary<long, double>();
        foreach (var id in paperIds)
        {
            if (PaperVector(id) is { } vector && vector.Length == unit.Length)
            {
                result[id] = Math.Clamp(System.Numerics.Tensors.TensorPrimitives.Dot(unit, vector), -1f, 1f);
            }
        }

        return result;
    }

    /// <summary>Forgets the cached query vectors, so each question is embedded again.</summary>
    internal void ForgetQueryVectors() => _queries.Clear();

    private async Task<float[]> EmbedQueryAsync(string text, CancellationToken cancellationToken)
    {
        var key = (_embedder!.ModelId, text);
        if (_queries.TryGet(key, out var cached))
        {
            return cached;
        }

        var vector = await _embedder.EmbedQueryAsync(text, cancellationToken);
        if (text.Length <= QueryVectorCache.MaxQueryLength && Array.TrueForAll(vector, float.IsFinite))
        {
            _queries.Add(key, vector);
        }

        return vector;
    }
}
