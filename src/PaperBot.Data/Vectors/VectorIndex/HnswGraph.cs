using System.Runtime.InteropServices;

namespace PaperBot.Data.Vectors.VectorIndex;

/// <summary>
/// One USearch HNSW index over unit vectors (inner product, so distance = 1 - cosine), built in memory or viewed from a
/// file (memory-mapped, read-only, nothing loaded up front). Searches may run on several threads at once, up to the
/// thread contexts USearch holds; adds go through one builder at a time.
/// </summary>
internal sealed unsafe class HnswGraph : IDisposable
{
    // USearch keeps one search context per thread slot and must never be asked for more at once than it holds.
    private readonly SemaphoreSlim _slots;
    private nint _handle;

    private HnswGraph(nint handle, int threads)
    {
        _handle = handle;
        _slots = new SemaphoreSlim(threads, threads);
    }

    public int Dimensions { get; private set; }

    public bool IsView { get; private set; }

    public long Count => (long)Call(static (h, out e) => UsearchNative.Size(h, out e));

    /// <summary>Bytes of memory the index holds (for a view: its structures, not the mapped file).</summary>
    public long MemoryUsage => (long)Call(static (h, out e) => UsearchNative.MemoryUsage(h, out e));

    /// <summary>A new empty index with room for <paramref name="capacity"/> vectors.</summary>
    public static HnswGraph Create(int dimensions, HnswParameters parameters, long capacity)
    {
        var options = new UsearchNative.InitOptions
        {
            MetricKind = UsearchNative.MetricInnerProduct,
            Quantization = (int)parameters.Quantization,
            Dimensions = (nuint)dimensions,
            Connectivity = (nuint)parameters.Connectivity,
            ExpansionAdd = (nuint)parameters.ExpansionAdd,
            ExpansionSearch = (nuint)parameters.ExpansionSearch,
        };
        var handle = UsearchNative.Init(ref options, out var error);
        Check(error);
        var graph = new HnswGraph(handle, ThreadCount) { Dimensions = dimensions };
        try
        {
            UsearchNative.Reserve(handle, (nuint)Math.Max(capacity, 1), out error);
            Check(error);
            UsearchNative.ChangeThreadsAdd(handle, (nuint)ThreadCount, out error);
            Check(error);
            UsearchNative.ChangeThreadsSearch(handle, (nuint)ThreadCount, out error);
            Check(error);
            return graph;
        }
        catch
        {
            graph.Dispose();
            throw;
        }
    }

    /// <summary>Maps a saved index read-only; throws <see cref="VectorIndexException"/> when the file is not one.</summary>
    public static HnswGraph View(string path, int expansionSearch)
    {
        var options = default(UsearchNative.InitOptions);
        var handle = UsearchNative.Init(ref options, out var error);
        Check(error);
        var graph = new HnswGraph(handle, ThreadCount) { IsView = true };
        try
        {
            UsearchNative.View(handle, path, out error);
            Check(error);
            UsearchNative.ChangeExpansionSearch(handle, (nuint)expansionSearch, out error);
            Check(error);
            UsearchNative.ChangeThreadsSearch(handle, (nuint)ThreadCount, out error);
            Check(error);
            graph.Dimensions = (int)UsearchNative.Dimensions(handle, out error);
            Check(error);
            return graph;
        }
        catch
        {
            graph.Dispose();
            throw;
        }
    }

    /// <summary>Adds one vector; safe to call from up to <see cref="ThreadCount"/> threads at once while nothing searches.</summary>
    public void Add(long key, ReadOnlySpan<float> vector)
    {
        fixed (float* values = vector)
        {
            UsearchNative.Add(_handle, (ulong)key, values, UsearchNative.ScalarF32, out var error);
            Check(error);
        }
    }

    public bool Contains(long key) => UsearchNative.Contains(Handle, (ulong)key, out var error) && error == 0;

    /// <summary>
    /// Up to <paramref name="keys"/>.Length nearest keys to <paramref name="query"/> (unit length) and their cosines, best
    /// first, leaving out keys for which <paramref name="skip"/> says true; returns how many were found.
    /// </summary>
    public int Search(ReadOnlySpan<float> query, Span<long> keys, Span<float> scores, Func<long, bool>? skip = null)
    {
        if (query.Length != Dimensions)
        {
            return 0;
        }

        _slots.Wait();
        try
        {
            nuint found;
            nint error;
            fixed (float* values = query)
            fixed (long* keyOut = keys)
            fixed (float* distances = scores)
            {
                if (skip is null)
                {
                    found = UsearchNative.Search(Handle, values, UsearchNative.ScalarF32, (nuint)keys.Length, (ulong*)keyOut, distances, out error);
                }
                else
                {
                    var state = GCHandle.Alloc(skip);
                    try
                    {
                        found = UsearchNative.FilteredSearch(
                            Handle, values, UsearchNative.ScalarF32, (nuint)keys.Length, &Keep, GCHandle.ToIntPtr(state), (ulong*)keyOut, distances, out error);
                    }
                    finally
                    {
                        state.Free();
                    }
                }
            }

            Check(error);
            for (var i = 0; i < (int)found; i++)
            {
                scores[i] = 1 - scores[i];
            }

            return (int)found;
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>Writes the index to <paramref name="path"/> (the caller writes to a temporary name and renames it).</summary>
    public void Save(string path)
    {
        UsearchNative.Save(Handle, path, out var error);
        Check(error);
    }

    public void Dispose()
    {
        var handle = Interlocked.Exchange(ref _handle, 0);
        if (handle != 0)
        {
            UsearchNative.Free(handle, out _);
        }

        _slots.Dispose();
    }

    /// <summary>Threads that may add or search at once: the machine's cores, at least 4 so a burst of searches rarely waits.</summary>
    public static int ThreadCount { get; } = Math.Max(4, Environment.ProcessorCount);

    private nint Handle => _handle != 0 ? _handle : throw new ObjectDisposedException(nameof(HnswGraph));

    private delegate nuint Query(nint handle, out nint error);

    private nuint Call(Query query)
    {
        var result = query(Handle, out var error);
        Check(error);
        return result;
    }

    [UnmanagedCallersOnly]
    private static int Keep(ulong key, nint state) =>
        ((Func<long, bool>)GCHandle.FromIntPtr(state).Target!)((long)key) ? 0 : 1;

    private static void Check(nint error)
    {
        if (error != 0)
        {
            throw new VectorIndexException(Marshal.PtrToStringUTF8(error) ?? "USearch failed");
        }
    }
}
