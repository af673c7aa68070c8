namespace PaperBot.Benchmarks.Measurement;

/// <summary>Latency percentiles (nearest rank) of a set of timed calls, in milliseconds.</summary>
internal sealed record Latency(int Samples, double P50Ms, double P99Ms, double MaxMs, double MeanMs)
{
    public static Latency Empty { get; } = new(0, 0, 0, 0, 0);

    public static Latency Of(IReadOnlyCollection<double> milliseconds)
    {
        if (milliseconds.Count == 0)
        {
            return Empty;
        }

        var sorted = milliseconds.Order().ToArray();
        return new Latency(sorted.Length, Percentile(sorted, 50), Percentile(sorted, 99), sorted[^1], sorted.Average());
    }

    public static double Percentile(double[] sorted, double percent) =>
        sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
