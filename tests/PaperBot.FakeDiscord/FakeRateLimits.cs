using System.Globalization;
using System.Text.Json.Nodes;

namespace PaperBot.FakeDiscord;

/// <summary>429 answers shaped like Discord's (shared/fixtures/discord/rest/rate-limit-429-*) and Cloudflare's.</summary>
internal static class FakeRateLimits
{
    public static FakeResponse Response(RateLimitFaultKind kind, double retryAfter, string retryHeader, string bucketHash, int bucketLimit)
    {
        var response = kind == RateLimitFaultKind.Cloudflare
            ? new FakeResponse(429, Text: "error code: 1015", ContentType: "text/plain; charset=UTF-8")
            : new FakeResponse(429, new JsonObject
            {
                ["message"] = kind == RateLimitFaultKind.Shared ? "The resource is being rate limited." : "You are being rate limited.",
                ["retry_after"] = retryAfter,
                ["global"] = kind == RateLimitFaultKind.Global,
            });
        response.Headers["Retry-After"] = retryHeader;
        switch (kind)
        {
            case RateLimitFaultKind.Global:
                response.Headers["X-RateLimit-Global"] = "true";
                response.Headers["X-RateLimit-Scope"] = "global";
                break;
            case RateLimitFaultKind.Route or RateLimitFaultKind.Shared:
                response.Headers["X-RateLimit-Limit"] = bucketLimit.ToString(CultureInfo.InvariantCulture);
                response.Headers["X-RateLimit-Remaining"] = kind == RateLimitFaultKind.Shared ? "1" : "0";
                response.Headers["X-RateLimit-Reset-After"] = retryAfter.ToString("F3", CultureInfo.InvariantCulture);
                response.Headers["X-RateLimit-Bucket"] = bucketHash;
                response.Headers["X-RateLimit-Scope"] = kind == RateLimitFaultKind.Shared ? "shared" : "user";
                break;
        }

        return response;
    }
}
