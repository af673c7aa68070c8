namespace PaperBot.Discord.Gateway;

/// <summary>At most <see cref="MaxConcurrency"/> identifies per 5 s (Discord answers more with op 9).</summary>
internal sealed class IdentifyLimiter(TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(5);

    private readonly Lock _lock = new();
    private readonly Queue<DateTimeOffset> _recent = new();
    private int _maxConcurrency = 1;

    public int MaxConcurrency
    {
        get => _maxConcurrency;
        set => _maxConcurrency = Math.Max(1, value);
    }

    /// <summary>Zero when an identify may go now (and records it), else how long until one may.</summary>
    public TimeSpan TryAcquire()
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            while (_recent.Count > 0 && now - _recent.Peek() >= Window)
            {
                _recent.Dequeue();
            }

            if (_recent.Count < _maxConcurrency)
            {
                _recent.Enqueue(now);
                return TimeSpan.Zero;
            }

            return _recent.Peek() + Window - now;
        }
    }

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        for (var delay = TryAcquire(); delay > TimeSpan.Zero; delay = TryAcquire())
        {
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
