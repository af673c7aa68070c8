namespace PaperBot.Discord.Rest;

/// <summary>
/// Discord's per-bot global limit (50 requests per second) kept locally, plus the pause a global 429 imposes.
/// Interaction callbacks and webhooks do not pass through here.
/// </summary>
internal sealed class GlobalRateLimit(int perSecond)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Lock _lock = new();
    private DateTimeOffset _windowStart = DateTimeOffset.MinValue;
    private int _count;
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    /// <summary>Takes a slot and returns zero, or returns how long to wait before asking again.</summary>
    public TimeSpan TryAcquire(DateTimeOffset now)
    {
        lock (_lock)
        {
            if (_pausedUntil > now)
            {
                return _pausedUntil - now;
            }

            if (now - _windowStart >= Window)
            {
                _windowStart = now;
                _count = 0;
            }

            if (_count >= perSecond)
            {
                return _windowStart + Window - now;
            }

            _count++;
            return TimeSpan.Zero;
        }
    }

    public void PauseFor(TimeSpan delay, DateTimeOffset now)
    {
        lock (_lock)
        {
            var until = now + delay;
            if (until > _pausedUntil)
            {
                _pausedUntil = until;
            }
        }
    }

    public TimeSpan PausedFor(DateTimeOffset now)
    {
        lock (_lock)
        {
            return _pausedUntil > now ? _pausedUntil - now : TimeSpan.Zero;
        }
    }
}
