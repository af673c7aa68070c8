namespace PaperBot.Core.Library;

/// <summary>A paper recommended from a library, and the saved papers it is close to (closest first).</summary>
public sealed record Recommendation(long PaperId, double Score, IReadOnlyList<long> CloseTo);
