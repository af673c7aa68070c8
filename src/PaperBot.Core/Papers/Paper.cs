namespace PaperBot.Core.Papers;

/// <summary>
/// One paper as a corpus source describes it. Every parser produces this shape; the store merges
/// several of them (the same paper seen in several files) into one row that keeps the richest metadata.
/// </summary>
public sealed record Paper
{
    public required string Title { get; init; }

    public required string Abstract { get; init; }

    /// <summary>arXiv identifier without version suffix (e.g. <c>2608.09888</c>), when the source knows it.</summary>
    public string? ArxivId { get; init; }

    /// <summary>Publication date (arXiv or the date Hugging Face shows), when known.</summary>
    public DateOnly? PublishedOn { get; init; }

    /// <summary>The Hugging Face daily list the paper appeared on, when known.</summary>
    public DateOnly? DailyDate { get; init; }

    /// <summary>Author names, in order; empty when the source gives only a count.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Number of authors (the page dumps give "• 4 authors" without names).</summary>
    public int? AuthorCount { get; init; }

    public string? Organization { get; init; }

    public int? Upvotes { get; init; }

    public string? GithubUrl { get; init; }

    public string? ProjectUrl { get; init; }

    /// <summary>A one-line summary supplied by the source (Hugging Face's <c>ai_summary</c>).</summary>
    public string? SourceSummary { get; init; }

    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>arXiv categories, primary first (e.g. <c>cs.CL</c>, <c>cs.LG</c>); empty when the source has none.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];
}
