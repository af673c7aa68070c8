namespace PaperBot.Core.Papers;

/// <summary>One ranked search result. <see cref="Score"/> is higher for better matches.</summary>
public sealed record PaperHit(
    long Id,
    string Title,
    string? ArxivId,
    DateOnly? PublishedOn,
    int? Upvotes,
    double Score,
    string Snippet)
{
    /// <summary>The paper's arXiv categories, primary first; empty when unknown.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];
}
