namespace PaperBot.FakeDiscord;

/// <summary>The kinds of 429 the fake can inject.</summary>
public enum RateLimitFaultKind
{
    /// <summary>A bucket 429: JSON body, bucket headers, X-RateLimit-Scope: user.</summary>
    Route,

    /// <summary>The global limit: X-RateLimit-Global: true, <c>global: true</c>.</summary>
    Global,

    /// <summary>A shared-resource 429 (X-RateLimit-Scope: shared).</summary>
    Shared,

    /// <summary>Cloudflare: an HTML body <c>error code: 1015</c>, only a Retry-After header.</summary>
    Cloudflare,
}
