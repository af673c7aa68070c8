namespace PaperBot.Discord.Rest;

/// <summary>
/// One Discord bucket for one major parameter. Requests in a bucket go one at a time (<see cref="Gate"/>), so the
/// last response's headers are the bucket's true state.
/// </summary>
internal sealed class RateLimitBucket
{
    /// <summary>
    /// Added to reset_after, which comes to the millisecond: a value rounded down would let the next request reach
    /// Discord a fraction of a millisecond before the bucket resets (seen as a 429 on the loopback fake).
    /// </summary>
    public static readonly TimeSpan ResetRounding = TimeSpan.FromMilliseconds(1);

    private readonly Lock _lock = new();
    private int _remaining = 1;
    private DateTimeOffset _resetAt = DateTimeOffset.MinValue;
    private DateTimeOffset _blockedUntil = DateTimeOffset.MinValue;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>How long to wait before sending: until the reset when the bucket is used up, or until a 429 wait ends.</summary>
    public TimeSpan DelayBeforeSend(DateTimeOffset now)
    {
        lock (_lock)
        {
            var until = _blockedUntil;
            if (_remaining <= 0)
            {
                if (_resetAt > now)
                {
                    until = until > _resetAt ? until : _resetAt;
                }
                else
                {
                    // The window has passed: allow one request, whose headers tell us the new state.
                    _remaining = 1;
                }
            }

            return until > now ? until - now : TimeSpan.Zero;
        }
    }

    public void Update(RateLimitHeaders headers, DateTimeOffset now)
    {
        lock (_lock)
        {
            if (headers.Remaining is { } remaining)
            {
                _remaining = remaining;
            }

            if (headers.ResetAfter is { } resetAfter)
            {
                _resetAt = now + resetAfter + ResetRounding;
            }
        }
    }

    public void BlockFor(TimeSpan delay, DateTimeOffset now)
    {
        lock (_lock)
        {
            var until = now + delay;
            if (until > _blockedUntil)
            {
                _blockedUntil = until;
            }
        }
    }
}
