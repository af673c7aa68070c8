using System.Runtime.CompilerServices;

namespace PaperBot.Data.Vectors;

/// <summary>
/// Short strings (words, stems) numbered 0, 1, 2, ... in the order they were added, found by their characters without
/// allocating. A plain open-addressing table with FNV-1a hashing: on the ingest path a lookup is a few nanoseconds,
/// where a Dictionary keyed by span costs several times that and starts slow (its generic code is compiled on first use).
/// </summary>
internal sealed class SpanKeyTable
{
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    private char[] _chars = new char[4096];
    private int[] _starts = new int[512];
    private int[] _lengths = new int[512];
    private int[] _slots = new int[1024];
    private int _used;

    public int Count { get; private set; }

    /// <summary>The id of <paramref name="key"/>, or -1 when it was never added.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Find(ReadOnlySpan<char> key)
    {
        var mask = _slots.Length - 1;
        for (var slot = (int)Hash(key) & mask; ; slot = (slot + 1) & mask)
        {
            var entry = _slots[slot] - 1;
            if (entry < 0)
            {
                return -1;
            }

            if (_lengths[entry] == key.Length && key.SequenceEqual(_chars.AsSpan(_starts[entry], key.Length)))
            {
                return entry;
            }
        }
    }

    /// <summary>Adds <paramref name="key"/> (which must not be in the table) and returns its id.</summary>
    public int Add(ReadOnlySpan<char> key)
    {
        if ((Count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        if (_used + key.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + key.Length));
        }

        if (Count == _starts.Length)
        {
            Array.Resize(ref _starts, Count * 2);
            Array.Resize(ref _lengths, Count * 2);
        }

        var id = Count++;
        key.CopyTo(_chars.AsSpan(_used));
        (_starts[id], _lengths[id]) = (_used, key.Length);
        _used += key.Length;
        Place(id);
        return id;
    }

    public ReadOnlySpan<char> KeyOf(int id) => _chars.AsSpan(_starts[id], _lengths[id]);

    public void Clear()
    {
        Array.Clear(_slots);
        Count = 0;
        _used = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static uint Hash(ReadOnlySpan<char> key)
    {
        var hash = FnvOffset;
        foreach (var c in key)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return hash;
    }

    private void Place(int id)
    {
        var mask = _slots.Length - 1;
        var slot = (int)Hash(KeyOf(id)) & mask;
        while (_slots[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        _slots[slot] = id + 1;
    }

    private void Grow()
    {
        _slots = new int[_slots.Length * 2];
        for (var id = 0; id < Count; id++)
        {
            Place(id);
        }
    }
}
