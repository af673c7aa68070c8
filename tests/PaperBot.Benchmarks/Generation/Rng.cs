namespace PaperBot.Benchmarks.Generation;

/// <summary>
/// SplitMix64: a small, fast generator whose output is fixed by its seed on every runtime and platform
/// (<see cref="Random"/> promises neither), so the synthetic corpus is the same byte for byte on every run.
/// </summary>
internal struct Rng(ulong seed)
{
    private ulong _state = seed;

    /// <summary>A seed for one independent stream, e.g. the title of paper 42: (run seed, paper index, purpose).</summary>
    public static ulong Seed(ulong seed, long index, int stream) =>
        Finalize(seed ^ Finalize((ulong)index * 0x9E3779B97F4A7C15UL + (ulong)stream));

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Finalize(_state);
    }

    /// <summary>Uniform in [0, <paramref name="max"/>).</summary>
    public int Next(int max) => (int)(((NextUInt64() >> 32) * (ulong)max) >> 32);

    /// <summary>Uniform in [<paramref name="min"/>, <paramref name="maxInclusive"/>].</summary>
    public int Between(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    private static ulong Finalize(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
