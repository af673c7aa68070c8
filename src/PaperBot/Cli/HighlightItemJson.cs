using PaperBot.Core.Highlights;

namespace PaperBot.Cli;

/// <summary>One paper of <c>highlights --json</c>.</summary>
internal sealed record HighlightItemJson(long Id, string Title, string Blurb, int? Upvotes, string? ArxivId, string? GithubUrl, string? Url)
{
    public static HighlightItemJson From(HighlightItem item) => new(
        item.PaperId,
        item.Title,
        item.Blurb,
        item.Upvotes,
        item.ArxivId,
        item.GithubUrl,
        item.ArxivId is { } arxiv ? $"https://huggingface.co/papers/{arxiv}" : null);
}
