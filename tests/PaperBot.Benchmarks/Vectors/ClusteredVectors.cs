using PaperBot.Benchmarks.Generation;

namespace PaperBot.Benchmarks.Vectors;

/// <summary>
/// Synthetic embeddings shaped like a paper corpus: unit vectors around a few thousand topic centres (one per 250
/// vectors, at least 16), each a Gaussian centre plus Gaussian noise, normalized. With the noise at
/// <see cref="NoiseScale"/> a vector's cosine to its own centre is ~0.85 and to another centre ~0, and neighbours inside a
/// cluster are close but not trivially ordered (their cosines are 0.70-0.75). Deterministic: vector i is the same on every run.
/// </summary>
internal sealed class ClusteredVectors
{
    public const int Dimensions = 384;
    private const double NoiseScale = 0.6;
    private readonly float[] _centres;
    private readonly ulong _seed;

    public ClusteredVectors(long count, ulong seed)
    {
        _seed = seed;
        Clusters = (int)Math.Max(16, count / 250);
        _centres = new float[Clusters * Dimensions];
        for (var c = 0; c < Clusters; c++)
        {
            var rng = new Rng(Rng.Seed(seed, c, stream: 1));
            var centre = _centres.AsSpan(c * Dimensions, Dimensions);
            Gaussian(ref rng, centre, 1);
            Normalize(centre);
        }
    }

    public int Clusters { get; }

    /// <summary>Writes vector <paramref name="index"/> of the corpus (<paramref name="stream"/> 2) or of the queries (stream 3).</summary>
    public void Fill(long index, Span<float> into, int stream = 2)
    {
        var rng = new Rng(Rng.Seed(_seed, index, stream));
        var centre = _centres.AsSpan(rng.Next(Clusters) * Dimensions, Dimensions);
        Gaussian(ref rng, into, NoiseScale / Math.Sqrt(Dimensions));
        for (var d = 0; d < Dimensions; d++)
        {
            into[d] += centre[d];
        }

        Normalize(into);
    }

    private static void Gaussian(ref Rng rng, Span<float> into, double sigma)
    {
        for (var d = 0; d < into.Length; d += 2)
        {
            // Box-Muller: two independent normals from two uniforms.
            var radius = Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * sigma;
            var angle = 2 * Math.PI * rng.NextDouble();
            into[d] = (float)(radius * Math.Cos(angle));
            if (d + 1 < into.Length)
            {
                into[d + 1] = (float)(radius * Math.Sin(angle));
            }
        }
    }

    private static void Normalize(Span<float> vector)
    {
        var norm = System.Numerics.Tensors.TensorPrimitives.Norm(vector);
        System.Numerics.Tensors.TensorPrimitives.Divide(vector, norm, vector);
    }
}
