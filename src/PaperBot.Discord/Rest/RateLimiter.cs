using System.Collections.Concurrent;

namespace PaperBot.Discord.Rest;

/// <summary>
/// Client-side rate limiting: a bucket per (bucket hash, major parameter) once Discord has named the route's bucket,
/// per (route, major parameter) before; pre-emptive waits when a bucket is used up; the global 50/s limit and pauses.
/// </summary>
internal sealed class RateLimiter(TimeProvider time)
{
    public const int GlobalRequestsPerSecond = 50;

    private readonly ConcurrentDictionary<string, string> _bucketHashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);

    public GlobalRateLimit Global { get; } = new(GlobalRequestsPerSecond);

    public RateLimitBucket GetBucket(RouteKey route)
    {
        ArgumentNullException.ThrowIfNull(route);
        var id = _bucketHashes.TryGetValue(route.RouteId, out var hash) ? hash : route.RouteId;
        return _buckets.GetOrAdd($"{id}|{route.MajorParameter}", static _ => new RateLimitBucket());
    }

    /// <summary>Waits until the bucket has room and, for routes that count, a global slot is taken.</summary>
    public async Task WaitTurnAsync(RouteKey route, RateLimitBucket bucket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(bucket);
        while (true)
        {
            var delay = bucket.DelayBeforeSend(time.GetUtcNow());
            if (delay <= TimeSpan.Zero && route.UsesBotToken)
            {
                delay = Global.TryAcquire(time.GetUtcNow());
            }

            if (delay <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Update(RouteKey route, RateLimitBucket bucket, RateLimitHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(bucket);
        var now = time.GetUtcNow();
        bucket.Update(headers, now);
        if (headers.Bucket is { Length: > 0 } hash)
        {
            // Routes sharing a hash share limits: later requests of this route go to the hash's bucket.
            _bucketHashes[route.RouteId] = hash;
            var shared = GetBucket(route);
            if (!ReferenceEquals(shared, bucket))
            {
                shared.Update(headers, now);
            }
        }
    }

    /// <summary>Applies a 429: a global one pauses every counted route, any other one just this bucket.</summary>
    public void OnRateLimited(RouteKey route, RateLimitBucket bucket, RateLimitResponse limit)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(bucket);
        ArgumentNullException.ThrowIfNull(limit);
        var now = time.GetUtcNow();
        if (limit.IsGlobal)
        {
            Global.PauseFor(limit.RetryAfter, now);
        }

        bucket.BlockFor(limit.RetryAfter, now);

        // The 429's own headers may have just moved this route to its hash bucket: the retry goes there.
        var current = GetBucket(route);
        if (!ReferenceEquals(current, bucket))
        {
            current.BlockFor(limit.RetryAfter, now);
        }
    }
}
