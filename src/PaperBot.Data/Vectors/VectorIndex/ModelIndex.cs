using Microsoft.Extensions.Logging;
using PaperBot.Data.Database;

namespace PaperBot.Data.Vectors.VectorIndex;

/// <summary>
/// One model's nearest-neighbour search. Opened by the first search: below <see cref="VectorIndexOptions.ExactScanBelow"/>
/// vectors it scans them all, held in memory; above, it maps the index file when the manifest and SQLite agree, and otherwise logs one line
/// and builds the index in the background, scanning meanwhile. Each search first catches up with rows saved since (by
/// anyone: their rowids are higher), so a replaced vector is never found under its old value.
/// </summary>
internal sealed class ModelIndex(SqliteDatabase database, string modelId, VectorIndexOptions options, ILogger logger) : IDisposable
{
    private readonly IndexFiles _files = new(database.FilePath, modelId);
    private readonly Lock _stateLock = new();
    // Searches hold it to read while they use a graph; a swap takes it to write before the old graph is freed.
    private readonly ReaderWriterLockSlim _graphLock = new();
    private readonly CancellationTokenSource _stopping = new();
    private IndexState? _state;
    private Task _build = Task.CompletedTask;
    private Task _verifying = Task.CompletedTask;
    private bool _buildFailed;
    private int _disposed;

    public VectorIndexMode Mode => Volatile.Read(ref _state) switch
    {
        null => VectorIndexMode.Closed,
        { Graph: null } => VectorIndexMode.ExactScan,
        _ => VectorIndexMode.Hnsw,
    };

    /// <summary>The build under way, or a completed task.</summary>
    public Task Building => _build;

    /// <summary>The check of an opened index file against SQLite, which runs after the first search.</summary>
    public Task Verifying => _verifying;

    public string IndexPath => _files.IndexPath;

    /// <summary>Tests: a build waits for this before it reads anything, so searches can be made while one is under way.</summary>
    internal Task? HoldBuildsUntil { get; set; }

    /// <summary>The <paramref name="top"/> vectors closest to <paramref name="unit"/>, best first, without <paramref name="excludeId"/>.</summary>
    public IReadOnlyList<(long Id, double Score)> Nearest(float[] unit, int top, long? excludeId)
    {
        _graphLock.EnterReadLock();
        try
        {
            var state = Refresh();
            if (state is { Graph: null, Held: { } held })
            {
                return held.Nearest(unit, top, excludeId);
            }

            if (state.Graph is { } graph)
            {
                try
                {
                    return state.Nearest(graph, unit, top, excludeId);
                }
                catch (VectorIndexException error)
                {
                    Log.VectorIndexFailed(logger, modelId, error.Message);
                }
            }
        }
        finally
        {
            _graphLock.ExitReadLock();
        }

        return ExactScan.Nearest(database, modelId, unit, top, excludeId);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _stopping.Cancel();
        try
        {
            _verifying.Wait();
            _build.Wait();
        }
        catch (AggregateException)
        {
            // Cancelled or failed: either way nothing is left to free but the graph.
        }

        // Under the write lock: no search may still be inside the graph when it is freed.
        _graphLock.EnterWriteLock();
        try
        {
            Volatile.Read(ref _state)?.Graph?.Dispose();
        }
        finally
        {
            _graphLock.ExitWriteLock();
        }

        _graphLock.Dispose();
        _stopping.Dispose();
    }

    private IndexState Refresh()
    {
        var top = database.Read(c => c.ExecuteScalar<long>("SELECT coalesce(max(rowid), 0) FROM paper_embeddings"));
        var state = Volatile.Read(ref _state);
        if (state is not null && state.Watermark == top)
        {
            return state;
        }

        lock (_stateLock)
        {
            state = _state;
            if (state is null || top < state.Watermark)
            {
                state = Open(top);
            }
            else if (top != state.Watermark)
            {
                state = CatchUp(state, top);
            }

            Volatile.Write(ref _state, state);
            return state;
        }
    }

    private IndexState Open(long top)
    {
        // A saved index is used whatever the count: the threshold only decides whether to build one.
        var (state, reason) = TryView(top);
        if (state is not null)
        {
            return state;
        }

        var count = CountVectors(long.MaxValue);
        if (count < options.ExactScanBelow)
        {
            return IndexState.Exact(top, count, HeldVectors.Load(database, modelId, top));
        }

        Log.VectorIndexBuilding(logger, _files.IndexPath, modelId, count, reason);
        StartBuild(top);
        return IndexState.Exact(top, count);
    }

    private (IndexState? State, string Reason) TryView(long top)
    {
        if (!File.Exists(_files.IndexPath))
        {
            return (null, "no index file");
        }

        var parameters = options.Parameters;
        var (manifest, problem) = _files.Check(modelId, parameters, top);
        if (manifest is null)
        {
            return (null, problem);
        }

        HnswGraph graph;
        try
        {
            graph = HnswGraph.View(_files.IndexPath, parameters.ExpansionSearch);
        }
        catch (VectorIndexException error)
        {
            return (null, $"the file is damaged: {error.Message}");
        }

        if (graph.Count != manifest.Count || graph.Dimensions != manifest.Dimensions)
        {
            graph.Dispose();
            return (null, "the file does not match its manifest");
        }

        var state = CatchUp(new IndexState(graph, manifest.Watermark, manifest.Count, new Dictionary<long, float[]>(), new HashSet<long>()), top);
        // Counting the rows it covers reads the whole key index (~0.2 s at 1M): done after the first search, not before it.
        _verifying = Task.Run(() => Verify(manifest, graph));
        return (state, "");
    }

    /// <summary>
    /// Rows the graph holds are those up to its watermark, less the ones replaced since (their new rows are above it);
    /// anything else (a row deleted) changed behind its back: then searches scan while it is rebuilt.
    /// </summary>
    private void Verify(IndexManifest manifest, HnswGraph graph)
    {
        try
        {
            var covered = CountVectors(manifest.Watermark);
            IndexState state;
            _graphLock.EnterReadLock();
            try
            {
                // After the count, so every replacement it missed is caught up with.
                state = Refresh();
            }
            finally
            {
                _graphLock.ExitReadLock();
            }

            if (state.Graph != graph || covered + state.Superseded.Count == manifest.Count)
            {
                return;
            }

            var count = CountVectors(long.MaxValue);
            Log.VectorIndexBuilding(logger, _files.IndexPath, modelId, count, "the database changed since it was built");
            Swap(IndexState.Exact(state.Watermark, count));
            lock (_stateLock)
            {
                if (_build.IsCompleted)
                {
                    StartBuild(state.Watermark);
                }
            }
        }
        catch (Core.Papers.StoreException error)
        {
            Log.VectorIndexFailed(logger, modelId, error.Message);
        }
    }

    private IndexState CatchUp(IndexState state, long top)
    {
        if (state.Graph is not { } graph)
        {
            var count = CountVectors(long.MaxValue);
            if (count >= options.ExactScanBelow)
            {
                if (_build.IsCompleted && !_buildFailed)
                {
                    Log.VectorIndexBuilding(logger, _files.IndexPath, modelId, count, $"{count} vectors reached the threshold");
                    StartBuild(top);
                }

                // Too many to hold: SQLite is scanned until the graph is built.
                return state with { Watermark = top, Count = count, Held = null };
            }

            var held = state.Held is { } kept ? kept.With(database, modelId, state.Watermark, top) : HeldVectors.Load(database, modelId, top);
            return state with { Watermark = top, Count = count, Held = held };
        }

        var next = state.WithRowsUpTo(database, modelId, top);
        // Past a few percent of the graph, the exact pass over the newcomers would cost more than the graph: rebuild.
        if (next.Delta.Count > Math.Clamp(graph.Count / 20, 1_000, 20_000) && _build.IsCompleted && !_buildFailed)
        {
            Log.VectorIndexBuilding(logger, _files.IndexPath, modelId, graph.Count + next.Delta.Count, $"{next.Delta.Count} vectors were saved since it was built");
            StartBuild(top);
        }

        return next;
    }

    private long CountVectors(long upToRowid) =>
        database.Read(c => c.ExecuteScalar<long>("SELECT count(*) FROM paper_embeddings WHERE model = ? AND rowid <= ?", modelId, upToRowid));

    private void StartBuild(long watermark) => _build = Task.Run(() => BuildAndSwap(watermark));

    private void BuildAndSwap(long watermark)
    {
        try
        {
            HoldBuildsUntil?.Wait(_stopping.Token);
            if (IndexBuilder.BuildAndSave(database, modelId, _files, options.Parameters, watermark, logger, _stopping.Token) is not { } serving)
            {
                return;
            }

            Swap(new IndexState(serving, watermark, serving.Count, new Dictionary<long, float[]>(), new HashSet<long>()));
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        catch (Exception error) when (error.GetBaseException() is VectorIndexException or Core.Papers.StoreException or IOException or OutOfMemoryException)
        {
            _buildFailed = true;
            Log.VectorIndexBuildFailed(logger, modelId, error.GetBaseException().Message);
        }
    }

    private void Swap(IndexState next)
    {
        HnswGraph? old;
        _graphLock.EnterWriteLock();
        try
        {
            lock (_stateLock)
            {
                old = _state?.Graph;
                // Rows saved during the build are above its watermark: the next search catches up with them.
                Volatile.Write(ref _state, next);
            }
        }
        finally
        {
            _graphLock.ExitWriteLock();
        }

        old?.Dispose();
    }
}
