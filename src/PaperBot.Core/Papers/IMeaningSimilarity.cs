namespace PaperBot.Core.Papers;

/// <summary>
/// How close texts are in meaning to a question, by the embedding model semantic search uses (cosine, -1 to 1). Without
/// a usable model (or before any paper has a vector) every call answers "unknown" and callers fall back to words.
/// </summary>
public interface IMeaningSimilarity
{
    /// <summary>The cosine of <paramref name="question"/> to each passage, in order; <c>null</c> when unknown.</summary>
    Task<IReadOnlyList<double>?> ToPassagesAsync(string question, IReadOnlyList<string> passages, CancellationToken cancellationToken);

    /// <summary>The cosine of <paramref name="question"/> to each paper that has a stored vector; empty when unknown.</summary>
    Task<IReadOnlyDictionary<long, double>> ToPapersAsync(string question, IReadOnlyCollection<long> paperIds, CancellationToken cancellationToken);

    /// <summary>The cosine between two papers' stored vectors; <c>null</c> when either has none.</summary>
    double? BetweenPapers(long first, long second);
}
