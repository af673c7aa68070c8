using PaperBot.Core.Library;

namespace PaperBot.Cli;

/// <summary>One paper of <c>library --json</c>.</summary>
internal sealed record SavedPaperJson(long Id, string Title, string? ArxivId, IReadOnlyList<string> Tags, string? Note, DateTimeOffset SavedAt, string? Url)
{
    public static SavedPaperJson From(SavedPaper saved) => new(
        saved.Paper.Id,
        saved.Paper.Paper.Title,
        saved.Paper.Paper.ArxivId,
        saved.Tags,
        saved.Note,
        saved.SavedAt,
        saved.Paper.ArxivUrl);
}
