using System.ComponentModel.DataAnnotations;
using PaperBot.Data;

namespace PaperBot.Sources.HuggingFace;

/// <summary>Fetching the Hugging Face Daily Papers lists while PaperBot runs. Section <c>Sources:HuggingFace</c>.</summary>
internal sealed class HuggingFaceOptions : IValidatableObject
{
    public const string SectionName = "Sources:HuggingFace";

    /// <summary>Fetch the daily lists. Default <c>false</c> (PaperBot works offline unless asked).</summary>
    public bool Enabled { get; set; }

    /// <summary>The Hugging Face site. Default <c>https://huggingface.co</c>.</summary>
    public Uri BaseUrl { get; set; } = new("https://huggingface.co");

    /// <summary>Days before today fetched on start (today is always fetched). Default <c>7</c>.</summary>
    [Range(0, 365, ErrorMessage = "Sources:HuggingFace:BackfillDays must be between 0 and 365 (default: 7).")]
    public int BackfillDays { get; set; } = 7;

    /// <summary>Minutes between polls; today's and yesterday's lists are fetched again each time. Default <c>60</c>.</summary>
    [Range(1, 10_080, ErrorMessage = "Sources:HuggingFace:PollMinutes must be between 1 and 10080 (default: 60).")]
    public int PollMinutes { get; set; } = 60;

    /// <summary>
    /// Where the fetched lists are kept (<c>daily-YYYY-MM-DD.json</c>), relative to the working folder unless absolute.
    /// Default: <c>sources/huggingface</c> next to the database, in the user's data folder.
    /// </summary>
    public string? Folder { get; set; }

    /// <summary>How long one request may take. Default <c>30</c> s.</summary>
    [Range(1, 600, ErrorMessage = "Sources:HuggingFace:TimeoutSeconds must be between 1 and 600 (default: 30).")]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// The longest wait a rate limit (HTTP 429 with <c>RateLimit: ...;t=N</c> or <c>Retry-After</c>) may impose before the
    /// next request; a longer one waits this long. Default <c>300</c> s.
    /// </summary>
    [Range(1, 3600, ErrorMessage = "Sources:HuggingFace:MaxRateLimitWaitSeconds must be between 1 and 3600 (default: 300).")]
    public int MaxRateLimitWaitSeconds { get; set; } = 300;

    /// <summary>The folder actually used: <see cref="Folder"/>, or <c>sources/huggingface</c> beside the database file.</summary>
    public string ResolveFolder(StoreOptions store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return !string.IsNullOrWhiteSpace(Folder)
            ? Path.GetFullPath(Environment.ExpandEnvironmentVariables(Folder))
            : Path.Combine(Path.GetDirectoryName(store.ResolvePath())!, "sources", "huggingface");
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BaseUrl is not { IsAbsoluteUri: true } || (BaseUrl.Scheme != Uri.UriSchemeHttps && BaseUrl.Scheme != Uri.UriSchemeHttp))
        {
            yield return new ValidationResult(
                "Sources:HuggingFace:BaseUrl must be an absolute http(s) URL (default: https://huggingface.co).", [nameof(BaseUrl)]);
        }
    }
}
