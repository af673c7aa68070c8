using PaperBot.Core.Papers;

namespace PaperBot.Cli;

/// <summary>One <c>search --json</c> result: at least id, title and score (the contract in README); categories primary first, [] when unknown.</summary>
internal sealed record SearchResultJson(long Id, string Title, double Score, string? ArxivId, DateOnly? PublishedOn, int? Upvotes, string? Url, string Snippet, IReadOnlyList<string> Categories)
{
    public static SearchResultJson From(PaperHit hit) => new(
        hit.Id, hit.Title, hit.Score, hit.ArxivId, hit.PublishedOn, hit.Upvotes,
        hit.ArxivId is { } id ? $"https://arxiv.org/abs/{id}" : null,
        hit.Snippet, hit.Categories);
}
