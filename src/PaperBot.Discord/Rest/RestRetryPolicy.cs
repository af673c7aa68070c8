namespace PaperBot.Discord.Rest;

/// <summary>How hard the REST client retries: 5xx and transport failures (capped backoff) and 429s.</summary>
internal sealed record RestRetryPolicy
{
    public static readonly RestRetryPolicy Default = new();

    /// <summary>Retries after a 5xx, a timeout or a broken connection. Default 3.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>429s in a row for one request before giving up. Default 10.</summary>
    public int MaxRateLimitRetries { get; init; } = 10;

    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Per attempt; Discord's own clients use 15 s.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(15);
}
