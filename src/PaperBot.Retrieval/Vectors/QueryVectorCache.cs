using System.Collections.Concurrent;

namespace PaperBot.Retrieval.Vectors;

/// <summary>
/// The vectors of recent queries, per model, first in first out: a bounded cache that needs no lock on the hot path.
/// Callers must not change a vector they get from it.
/// </summary>
internal sealed class QueryVectorCache(int capacity)
{
    /// <summary>Queries kept: 2,048 × 384 floats is about 3 MB.</summary>
    public const int DefaultCapacity = 2048;

    /// <summary>Longer queries (pasted text) are not kept: they are rarely asked twice, and would make the keys the cost.</summary>
    public const int MaxQueryLength = 512;

    private readonly ConcurrentDictionary<(string Model, string Text), float[]> _vectors = new();
    private readonly ConcurrentQueue<(string Model, string Text)> _order = new();

    public bool TryGet((string Model, string Text) key, out float[] vector) => _vectors.TryGetValue(key, out vector!);

    public void Add((string Model, string Text) key, float[] vector)
    {
        if (!_vectors.TryAdd(key, vector))
        {
            return;
        }

        _order.Enqueue(key);
        while (_vectors.Count > capacity && _order.TryDequeue(out var oldest))
        {
            _vectors.TryRemove(oldest, out _);
        }
    }

    /// <summary>Forgets every vector (the benchmark times questions as if asked for the first time).</summary>
    public void Clear()
    {
        _vectors.Clear();
        _order.Clear();
    }
}
