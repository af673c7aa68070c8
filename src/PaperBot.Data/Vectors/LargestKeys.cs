using System.Runtime.CompilerServices;

namespace PaperBot.Data.Vectors;

/// <summary>The largest few of many numbers, largest first, through a small min-heap (no full sort).</summary>
internal static class LargestKeys
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static long[] Of(ReadOnlySpan<long> keys, int max)
    {
        var heap = new long[Math.Min(max, keys.Length)];
        var size = 0;
        foreach (var key in keys)
        {
            if (size < heap.Length)
            {
                heap[size++] = key;
                SiftUp(heap, size - 1);
            }
            else if (heap.Length > 0 && key > heap[0])
            {
                heap[0] = key;
                SiftDown(heap, size);
            }
        }

        Array.Sort(heap);
        Array.Reverse(heap);
        return heap;
    }

    private static void SiftUp(long[] heap, int at)
    {
        while (at > 0 && heap[at] < heap[(at - 1) / 2])
        {
            (heap[at], heap[(at - 1) / 2]) = (heap[(at - 1) / 2], heap[at]);
            at = (at - 1) / 2;
        }
    }

    private static void SiftDown(long[] heap, int size)
    {
        var at = 0;
        while (true)
        {
            var (left, right, smallest) = ((2 * at) + 1, (2 * at) + 2, at);
            if (left < size && heap[left] < heap[smallest])
            {
                smallest = left;
            }

            if (right < size && heap[right] < heap[smallest])
            {
                smallest = right;
            }

            if (smallest == at)
            {
                return;
            }

            (heap[at], heap[smallest]) = (heap[smallest], heap[at]);
            at = smallest;
        }
    }
}
