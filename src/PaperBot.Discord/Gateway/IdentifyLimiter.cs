namespace PaperBot.Discord.Gateway;

/// <summary>
/// Discord's identify pacing: shards share <see cref="MaxConcurrency"/> buckets (<c>shard_id % max_concurrency</c>), and
/// each bucket takes one identify per 5 s (more are answered with op 9). Shards of different buckets start together.
/// </summary>
internal sealed class IdentifyLimiter(TimeProvider time)
{
    /// <summary>
    /// Discord's 5 s plus half a second: Discord counts from when each identify arrives, and the one before may have
    /// taken longer on the way than this one will.
    /// </summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(5.5);

    private readonly Lock _lock = new();
    private readonly Dictionary<int, DateTimeOffset> _lastByBucket = [];
    private int _maxConcurrency = 1;

    public int MaxConcurrency
    {
        get => Volatile.Read(ref _maxConcurrency);
        set => Volatile.Write(ref _maxConcurrency, Math.Max(1, value));
    }

    /// <summary>Zero when <paramref name="shardId"/> may identify now (and records it), else how long until its bucket is free.</summary>
    public TimeSpan TryAcquire(int shardId)
    {
        lock (_lock)
        {
            var bucket = new ShardId(shardId, 0).Bucket(MaxConcurrency);
            var now = time.GetUtcNow();
            if (_lastByBucket.TryGetValue(bucket, out var last) && now - last < Window)
            {
                return last + Window - now;
            }

            _lastByBucket[bucket] = now;
            return TimeSpan.Zero;
        }
    }

    public async Task WaitAsync(int shardId, CancellationToken cancellationToken)
    {
        for (var delay = TryAcquire(shardId); delay > TimeSpan.Zero; delay = TryAcquire(shardId))
        {
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
