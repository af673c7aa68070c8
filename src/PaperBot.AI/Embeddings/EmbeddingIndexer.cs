using Microsoft.Extensions.Logging;
using PaperBot.AI.Models;
using PaperBot.Core.Papers;

namespace PaperBot.AI.Embeddings;

/// <summary>
/// Embeds, in batches, the papers that have no vector for the configured embedding model yet, and saves the vectors:
/// incremental, so calling it after every ingest only embeds what is new. Without an embedding model it does nothing.
/// </summary>
public sealed class EmbeddingIndexer
{
    /// <summary>Papers per embedding request.</summary>
    public const int BatchSize = 32;

    private readonly IEmbeddingStore _store;
    private readonly ITextEmbedder? _embedder;
    private readonly ILogger<EmbeddingIndexer> _logger;

    /// <param name="embedder">The embedding model, when one is configured (<c>Ai:EmbeddingModel</c>).</param>
    public EmbeddingIndexer(IEmbeddingStore store, ILogger<EmbeddingIndexer> logger, ITextEmbedder? embedder = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(logger);
        _store = store;
        _embedder = embedder;
        _logger = logger;
    }

    /// <summary>
    /// Embeds every paper that has no vector yet. Returns how many were embedded; stops early (and returns the count so
    /// far) when the model fails, leaving the rest for the next call. Store failures and cancellation are thrown.
    /// </summary>
    public async Task<int> IndexMissingAsync(CancellationToken cancellationToken)
    {
        if (_embedder is null)
        {
            return 0;
        }

        var model = _embedder.ModelId;
        var done = 0;
        var seen = new HashSet<long>();
        while (true)
        {
            var batch = await _store.GetMissingAsync(model, BatchSize, cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                break;
            }

            // A store that hands back papers it has just saved would loop forever.
            var fresh = 0;
            foreach (var (id, _) in batch)
            {
                fresh += seen.Add(id) ? 1 : 0;
            }

            if (fresh == 0)
            {
                Log.EmbeddingStalled(_logger, done);
                break;
            }

            IReadOnlyList<float[]> vectors;
            try
            {
                vectors = await _embedder.EmbedAsync([.. batch.Select(p => p.Text)], cancellationToken).ConfigureAwait(false);
                // A model that answers with the wrong number of vectors, empty or mixed lengths, or NaNs has failed
                // too: nothing of it is stored, rather than failing the ingest that came before.
                if (!AreUsable(vectors, batch.Count))
                {
                    throw new InvalidDataException($"the model returned {vectors.Count} unusable vector(s) for {batch.Count} paper(s)");
                }
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                Log.EmbeddingFailed(_logger, ModelFaults.Describe(ex, timedOut: false), ex.GetType().Name, done);
                break;
            }

            await _store.SaveAsync(model, [.. batch.Zip(vectors, (p, v) => (p.Id, v))], cancellationToken).ConfigureAwait(false);
            done += batch.Count;
        }

        if (done > 0)
        {
            Log.PapersEmbedded(_logger, done, model);
        }

        return done;
    }

    private static bool AreUsable(IReadOnlyList<float[]> vectors, int expected) =>
        vectors.Count == expected
        && vectors.Count > 0
        && vectors[0].Length > 0
        && vectors.All(v => v.Length == vectors[0].Length && v.All(float.IsFinite));
}
