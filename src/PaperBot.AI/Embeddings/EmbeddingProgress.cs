namespace PaperBot.AI.Embeddings;

/// <summary>Where an embedding run stands: <see cref="Done"/> of the <see cref="Total"/> papers that lacked a vector when it began.</summary>
public sealed record EmbeddingProgress(string Model, long Done, long Total, TimeSpan Elapsed)
{
    /// <summary>Papers per second so far (0 before the first batch).</summary>
    public double PapersPerSecond => Elapsed > TimeSpan.Zero ? Done / Elapsed.TotalSeconds : 0;

    /// <summary>The time the rest should take at the rate so far; null before there is a rate.</summary>
    public TimeSpan? Remaining => PapersPerSecond > 0 ? TimeSpan.FromSeconds(Math.Max(0, Total - Done) / PapersPerSecond) : null;
}
