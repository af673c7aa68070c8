using System.Text.Json.Serialization;

namespace PaperBot.Core.Corpus;

/// <summary>
/// The fields PaperBot reads from the Hugging Face papers API. One shape serves both the
/// <c>/api/daily_papers</c> item (which wraps the paper in <see cref="Paper"/> and repeats title and
/// summary) and the bare paper of <c>/api/papers/{id}</c>.
/// </summary>
internal sealed record HfPaperDto
{
    public string? Id { get; init; }

    public string? Title { get; init; }

    public string? Summary { get; init; }

    public IReadOnlyList<HfAuthorDto?>? Authors { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    public DateTimeOffset? SubmittedOnDailyAt { get; init; }

    public int? Upvotes { get; init; }

    public string? GithubRepo { get; init; }

    public string? ProjectPage { get; init; }

    [JsonPropertyName("ai_summary")]
    public string? AiSummary { get; init; }

    [JsonPropertyName("ai_keywords")]
    public IReadOnlyList<string?>? AiKeywords { get; init; }

    public HfOrganizationDto? Organization { get; init; }

    public HfPaperDto? Paper { get; init; }
}
