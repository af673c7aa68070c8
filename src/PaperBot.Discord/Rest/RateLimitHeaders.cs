using System.Globalization;
using System.Net.Http.Headers;

namespace PaperBot.Discord.Rest;

/// <summary>The rate-limit headers of one response; every value is optional (Cloudflare answers carry none).</summary>
internal readonly record struct RateLimitHeaders(
    int? Limit,
    int? Remaining,
    TimeSpan? ResetAfter,
    string? Bucket,
    bool IsGlobal,
    string? Scope,
    TimeSpan? RetryAfter)
{
    public static RateLimitHeaders Parse(HttpResponseHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        return new RateLimitHeaders(
            ParseInt(Get(headers, "X-RateLimit-Limit")),
            ParseInt(Get(headers, "X-RateLimit-Remaining")),
            ParseSeconds(Get(headers, "X-RateLimit-Reset-After")),
            Get(headers, "X-RateLimit-Bucket"),
            string.Equals(Get(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase),
            Get(headers, "X-RateLimit-Scope"),
            ParseSeconds(Get(headers, "Retry-After")));
    }

    private static string? Get(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static int? ParseInt(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    // Every time in v10 is in seconds, with decimals.
    private static TimeSpan? ParseSeconds(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds < 86_400
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
