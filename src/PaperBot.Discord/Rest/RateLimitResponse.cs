using PaperBot.Discord.Json;

namespace PaperBot.Discord.Rest;

/// <summary>
/// What a 429 asks for. Discord's body (<c>retry_after</c> seconds, <c>global</c>) wins over the headers; a body that
/// is not Discord's JSON (Cloudflare's <c>error code: 1015</c>) means the IP is limited: wait long, pause everything.
/// </summary>
internal sealed record RateLimitResponse(TimeSpan RetryAfter, bool IsGlobal, string Scope, bool IsCloudflare)
{
    /// <summary>Cloudflare bans last minutes; without a Retry-After header, wait this long.</summary>
    public static readonly TimeSpan CloudflareDefault = TimeSpan.FromSeconds(60);

    // Guards against a garbage value; real waits (even shared-resource ones of ~20 min) stay below it.
    private static readonly TimeSpan MaxWait = TimeSpan.FromHours(1);

    public static RateLimitResponse Parse(RateLimitHeaders headers, string body)
    {
        if (TryReadBody(body, out var retryAfter, out var global))
        {
            var isGlobal = global || headers.IsGlobal;
            var scope = headers.Scope ?? (isGlobal ? "global" : "user");
            var wait = retryAfter ?? headers.RetryAfter ?? headers.ResetAfter ?? TimeSpan.FromSeconds(1);
            return new RateLimitResponse(Clamp(wait), isGlobal, scope, false);
        }

        return new RateLimitResponse(Clamp(headers.RetryAfter ?? CloudflareDefault), true, "cloudflare", true);
    }

    private static bool TryReadBody(string body, out TimeSpan? retryAfter, out bool global)
    {
        retryAfter = null;
        global = false;
        if (!DiscordJsonBody.TryRead(body, DiscordJsonContext.Default.RateLimitBody, out var limit))
        {
            return false;
        }

        if (limit.RetryAfter is { } seconds and >= 0)
        {
            retryAfter = TimeSpan.FromSeconds(seconds);
        }

        global = limit.Global;
        return true;
    }

    private static TimeSpan Clamp(TimeSpan wait) => wait > MaxWait ? MaxWait : wait;
}
