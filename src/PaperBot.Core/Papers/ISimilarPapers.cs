namespace PaperBot.Core.Papers;

/// <summary>Related work: papers closest to a given one (sparse TF-IDF, and dense embeddings when configured).</summary>
public interface ISimilarPapers
{
    /// <summary>The closest papers, best first, never the paper itself; empty when the id is unknown.</summary>
    Task<IReadOnlyList<PaperHit>> FindSimilarAsync(long paperId, int top, CancellationToken cancellationToken);
}
