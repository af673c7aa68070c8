namespace PaperBot.Discord.Rest;

/// <summary>
/// Counts 401, 403 and 429 answers (shared-scope 429s excepted): Discord's Cloudflare bans an IP for a while after
/// 10,000 of them in 10 minutes. Reports once per window when half of that is reached, so the operator hears of it first.
/// </summary>
internal sealed class InvalidRequestCounter(TimeProvider time)
{
    public const int WarnAt = 5_000;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly Lock _lock = new();
    private DateTimeOffset _windowStart = DateTimeOffset.MinValue;
    private int _count;

    /// <summary>Counts one invalid request; true exactly when this one reaches <see cref="WarnAt"/> in the window.</summary>
    public bool Add()
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (now - _windowStart >= Window)
            {
                _windowStart = now;
                _count = 0;
            }

            return ++_count == WarnAt;
        }
    }
}
