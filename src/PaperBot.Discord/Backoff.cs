namespace PaperBot.Discord;

/// <summary>Capped exponential backoff with jitter, shared by REST retries and gateway reconnects.</summary>
internal static class Backoff
{
    /// <summary>
    /// The delay before retry number <paramref name="attempt"/> (0-based): <paramref name="initial"/> doubled per attempt,
    /// capped at <paramref name="max"/>, then spread over [half, full] so many clients do not retry in step.
    /// </summary>
    public static TimeSpan Compute(int attempt, TimeSpan initial, TimeSpan max, double random)
    {
        var exponent = Math.Clamp(attempt, 0, 30);
        var ms = Math.Min(max.TotalMilliseconds, initial.TotalMilliseconds * Math.Pow(2, exponent));
        return TimeSpan.FromMilliseconds(ms * (0.5 + (0.5 * Math.Clamp(random, 0, 1))));
    }
}
