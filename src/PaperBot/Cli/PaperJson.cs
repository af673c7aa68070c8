using PaperBot.Core.Papers;

namespace PaperBot.Cli;

/// <summary>The <c>paper --json</c> object.</summary>
internal sealed record PaperJson(
    long Id,
    string Title,
    string Abstract,
    string? ArxivId,
    DateOnly? PublishedOn,
    DateOnly? DailyDate,
    IReadOnlyList<string> Authors,
    int? AuthorCount,
    string? Organization,
    int? Upvotes,
    string? Summary,
    IReadOnlyList<string> Keywords,
    IReadOnlyDictionary<string, string> Links,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Categories)
{
    public static PaperJson From(StoredPaper stored)
    {
        var p = stored.Paper;
        var links = new Dictionary<string, string?>
        {
            ["arxiv"] = stored.ArxivUrl,
            ["pdf"] = stored.PdfUrl,
            ["huggingFace"] = stored.HuggingFaceUrl,
            ["code"] = p.GithubUrl,
            ["project"] = p.ProjectUrl,
        };
        return new PaperJson(
            stored.Id, p.Title, p.Abstract, p.ArxivId, p.PublishedOn, p.DailyDate, p.Authors, p.AuthorCount,
            p.Organization, p.Upvotes, p.SourceSummary, p.Keywords,
            links.Where(l => l.Value is not null).ToDictionary(l => l.Key, l => l.Value!),
            stored.Sources,
            p.Categories);
    }
}
