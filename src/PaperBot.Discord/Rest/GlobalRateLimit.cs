namespace PaperBot.Discord.Rest;

/// <summary>
/// Discord's per-bot global limit (50 requests per second) kept locally as a sliding window (a fixed window would let
/// 100 requests through in just over a second), plus the pause a global 429 imposes. Interaction callbacks and
/// webhooks do not pass through here.
/// </summary>
internal sealed class GlobalRateLimit(int perSecond)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Lock _lock = new();
    private readonly Queue<DateTimeOffset> _recent = new();
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

            while (_recent.Count > 0 && now - _recent.Peek() >= Window)
            {
                _recent.Dequeue();
            }

            if (_recent.Count >= perSecond)
            {
                return _recent.Peek() + Window - now;
            }

            _recent.Enqueue(now);
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
}
