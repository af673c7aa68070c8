using System.Globalization;
using System.Text.Json;
using PaperBot.Core.Papers;

namespace PaperBot.Data.Papers;

/// <summary>Converts between <see cref="Paper"/> and the column values the store keeps (ISO dates, JSON lists).</summary>
internal static class PaperRowMapper
{
    public const string Columns =
        "id, title, abstract, arxiv_id, published_on, daily_date, authors, author_count, organization, upvotes, github_url, project_url, source_summary, keywords";

    public static Paper ToPaper(PaperRow row) => new()
    {
        Title = row.Title,
        Abstract = row.Abstract,
        ArxivId = row.ArxivId,
        PublishedOn = ParseDate(row.PublishedOn),
        DailyDate = ParseDate(row.DailyDate),
        Authors = ParseList(row.Authors),
        AuthorCount = row.AuthorCount,
        Organization = row.Organization,
        Upvotes = row.Upvotes,
        GithubUrl = row.GithubUrl,
        ProjectUrl = row.ProjectUrl,
        SourceSummary = row.SourceSummary,
        Keywords = ParseList(row.Keywords),
    };

    public static string? FormatDate(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>Lists are stored as JSON arrays; an empty list as NULL so most rows stay small.</summary>
    public static string? FormatList(IReadOnlyList<string> items) =>
        items.Count == 0 ? null : JsonSerializer.Serialize(items, DataJsonContext.Default.IReadOnlyListString);

    public static IReadOnlyList<string> ParseList(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize(json, DataJsonContext.Default.IReadOnlyListString) ?? [];
}
