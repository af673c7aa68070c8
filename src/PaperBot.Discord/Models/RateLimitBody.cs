namespace PaperBot.Discord.Models;

/// <summary>The JSON body of a 429: seconds to wait and whether the limit is the global one.</summary>
internal sealed record RateLimitBody
{
    public string Message { get; init; } = "";

    /// <summary>Seconds to wait; null when the body does not say.</summary>
    public double? RetryAfter { get; init; }

    public bool Global { get; init; }

    public int? Code { get; init; }
}
