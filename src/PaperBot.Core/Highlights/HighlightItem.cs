namespace PaperBot.Core.Highlights;

/// <summary>One paper of a highlights post, with its one- or two-sentence blurb.</summary>
public sealed record HighlightItem(
    long PaperId,
    string Title,
    string Blurb,
    int? Upvotes,
    string? ArxivId,
    string? GithubUrl);
