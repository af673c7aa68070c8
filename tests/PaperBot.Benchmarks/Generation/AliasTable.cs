namespace PaperBot.Benchmarks.Generation;

/// <summary>
/// Draws an index with probability proportional to its weight in constant time (Vose's alias method):
/// a million abstracts need a quarter of a billion draws.
/// </summary>
internal sealed class AliasTable
{
    private readonly double[] _probability;
    private readonly int[] _alias;

    public AliasTable(IReadOnlyList<double> weights)
    {
        var count = weights.Count;
        if (count == 0)
        {
            throw new ArgumentException("At least one weight is needed.", nameof(weights));
        }

        _probability = new double[count];
        _alias = new int[count];
        var total = weights.Sum();
        var scaled = weights.Select(w => w * count / total).ToArray();
        var small = new Stack<int>();
        var large = new Stack<int>();
        for (var i = 0; i < count; i++)
        {
            (scaled[i] < 1.0 ? small : large).Push(i);
        }

        while (small.Count > 0 && large.Count > 0)
        {
            var less = small.Pop();
            var more = large.Pop();
            _probability[less] = scaled[less];
            _alias[less] = more;
            scaled[more] = scaled[more] + scaled[less] - 1.0;
            (scaled[more] < 1.0 ? small : large).Push(more);
        }

        // What is left is 1.0 up to rounding.
        foreach (var i in small.Concat(large))
        {
            _probability[i] = 1.0;
            _alias[i] = i;
        }
    }

    public int Count => _probability.Length;

    public int Sample(ref Rng rng)
    {
        var i = rng.Next(_probability.Length);
        return rng.NextDouble() < _probability[i] ? i : _alias[i];
    }

    /// <summary>Zipf weights 1/(rank+1)^exponent for <paramref name="count"/> ranks.</summary>
    public static double[] ZipfWeights(int count, double exponent) =>
        Enumerable.Range(0, count).Select(rank => 1.0 / Math.Pow(rank + 1, exponent)).ToArray();
}
