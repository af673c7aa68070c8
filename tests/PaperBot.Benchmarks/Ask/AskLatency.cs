using PaperBot.Benchmarks.Measurement;

namespace PaperBot.Benchmarks.Ask;

/// <summary>Percentiles (nearest rank, as <see cref="Latency"/>) of timed calls, in milliseconds, with p95.</summary>
internal sealed record AskLatency(int Samples, double P50Ms, double P95Ms, double P99Ms, double MaxMs, double MeanMs)
{
    public static AskLatency Of(IReadOnlyCollection<double> milliseconds)
    {
        if (milliseconds.Count == 0)
        {
            return new AskLatency(0, 0, 0, 0, 0, 0);
        }

        var sorted = milliseconds.Order().ToArray();
        return new AskLatency(sorted.Length, Latency.Percentile(sorted, 50), Latency.Percentile(sorted, 95), Latency.Percentile(sorted, 99), sorted[^1], sorted.Average());
    }
}
