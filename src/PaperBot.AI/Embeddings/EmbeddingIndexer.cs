using Microsoft.Extensions.Logging;
using PaperBot.AI.Models;
using PaperBot.Core.Papers;

namespace PaperBot.AI.Embeddings;

/// <summary>
/// Embeds, in batches, the papers that have no vector for the configured embedding model yet, and saves the vectors:
/// incremental, so calling it after every ingest only embeds what is new. Each batch is saved in one transaction, so a
/// run that is cancelled or killed leaves whole batches behind and the next run carries on. Without an embedding model,
/// or when the model could not be loaded, it does nothing.
/// </summary>
public sealed class EmbeddingIndexer
{
    /// <summary>Papers per embedding request, and per saved transaction (about 2 s of work for the local model).</summary>
    public const int BatchSize = 32;

    private readonly IEmbeddingStore _store;
    private readonly ITextEmbedder? _embedder;
    private readonly ILogger<EmbeddingIndexer> _logger;
    private readonly TimeProvider _time;

    /// <param name="embedder">The embedding model: the local one, or <c>Ai:EmbeddingModel</c>; none when both are off.</param>
    public EmbeddingIndexer(IEmbeddingStore store, ILogger<EmbeddingIndexer> logger, ITextEmbedder? embedder = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(logger);
        _store = store;
        _embedder = embedder;
        _logger = logger;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The model in use, when there is one and it has not failed to load.</summary>
    public string? ModelId => _embedder is { IsAvailable: true } ? _embedder.ModelId : null;

    /// <summary>How much of the corpus the model has embedded; null without a model.</summary>
    public async Task<EmbeddingCoverage?> GetCoverageAsync(CancellationToken cancellationToken)
    {
        if (_embedder is null)
        {
            return null;
        }

        var (embedded, papers) = await _store.CountAsync(_embedder.ModelId, cancellationToken).ConfigureAwait(false);
        return new EmbeddingCoverage(_embedder.ModelId, embedded, papers, _embedder.IsAvailable);
    }

    /// <inheritdoc cref="IndexMissingAsync(IProgress{EmbeddingProgress}?, CancellationToken)"/>
    public Task<int> IndexMissingAsync(CancellationToken cancellationToken) => IndexMissingAsync(progress: null, cancellationToken);

    /// <summary>
    /// Embeds every paper that has no vector yet. Returns how many were embedded; stops early (and returns the count so
    /// far) when the model fails, leaving the rest for the next call. Store failures and cancellation are thrown.
    /// <paramref name="progress"/> hears after every saved batch.
    /// </summary>
    public async Task<int> IndexMissingAsync(IProgress<EmbeddingProgress>? progress, CancellationToken cancellationToken)
    {
        if (_embedder is not { IsAvailable: true })
        {
            return 0;
        }

        var model = _embedder.ModelId;
        var started = _time.GetTimestamp();
        long total = 0;
        if (progress is not null)
        {
            var (embedded, papers) = await _store.CountAsync(model, cancellationToken).ConfigureAwait(false);
            total = Math.Max(0, papers - embedded);
        }

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
                vectors = await _embedder.EmbedDocumentsAsync([.. batch.Select(p => p.Text)], cancellationToken).ConfigureAwait(false);
                // A model that answers with the wrong number of vectors, empty or mixed lengths, or NaNs has failed
                // too: nothing of it is stored, rather than failing the ingest that came before.
                if (!AreUsable(vectors, batch.Count))
                {
                    throw new InvalidDataException($"the model returned {vectors.Count} unusable vector(s) for {batch.Count} paper(s)");
                }
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // A model that failed to load has said so once; a failing call is logged here.
                if (_embedder.IsAvailable)
                {
                    Log.EmbeddingFailed(_logger, ModelFaults.Describe(ex, timedOut: false), ex.GetType().Name, done);
                }

                break;
            }

            await _store.SaveAsync(model, [.. batch.Zip(vectors, (p, v) => (p.Id, v))], cancellationToken).ConfigureAwait(false);
            done += batch.Count;
            progress?.Report(new EmbeddingProgress(model, done, Math.Max(total, done), _time.GetElapsedTime(started)));
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
