using SQLite;

namespace PaperBot.Data.Papers;

/// <summary>A row of <c>papers</c> as sqlite-net reads it. Never leaves this project: see <see cref="PaperRowMapper"/>.</summary>
internal sealed class PaperRow
{
    [Column("id")] public long Id { get; set; }
    [Column("title")] public string Title { get; set; } = "";
    [Column("abstract")] public string Abstract { get; set; } = "";
    [Column("arxiv_id")] public string? ArxivId { get; set; }
    [Column("published_on")] public string? PublishedOn { get; set; }
    [Column("daily_date")] public string? DailyDate { get; set; }
    [Column("authors")] public string? Authors { get; set; }
    [Column("author_count")] public int? AuthorCount { get; set; }
    [Column("organization")] public string? Organization { get; set; }
    [Column("upvotes")] public int? Upvotes { get; set; }
    [Column("github_url")] public string? GithubUrl { get; set; }
    [Column("project_url")] public string? ProjectUrl { get; set; }
    [Column("source_summary")] public string? SourceSummary { get; set; }
    [Column("keywords")] public string? Keywords { get; set; }
}
