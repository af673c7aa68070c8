namespace PaperBot.Discord.Gateway;

/// <summary>One shard's live state and counters, written by its connections and read by <c>stats</c> and tests.</summary>
/// <param name="changed">Told after every change of state (not of counters).</param>
internal sealed class ShardStatus(ShardId shard, TimeProvider time, Action? changed = null)
{
    private readonly Lock _lock = new();
    private ShardState _state;
    private DateTimeOffset _since = time.GetUtcNow();
    private int _identifies;
    private int _resumes;
    private int _events;
    private string? _lastClose;

    public ShardId Shard => shard;

    public ShardState State
    {
        get
        {
            lock (_lock)
            {
                return _state;
            }
        }
    }

    public void Set(ShardState state)
    {
        lock (_lock)
        {
            if (_state == state)
            {
                return;
            }

            _state = state;
            _since = time.GetUtcNow();
        }

        changed?.Invoke();
    }

    public void Identified() => Interlocked.Increment(ref _identifies);

    public void Resumed() => Interlocked.Increment(ref _resumes);

    public void Dispatched() => Interlocked.Increment(ref _events);

    public void Closed(string reason)
    {
        lock (_lock)
        {
            _lastClose = reason;
        }
    }

    public ShardSnapshot Snapshot()
    {
        lock (_lock)
        {
            return new ShardSnapshot(shard.Id, shard.Count, _state.ToString(), _since, Volatile.Read(ref _identifies), Volatile.Read(ref _resumes),
                Volatile.Read(ref _events), _lastClose);
        }
    }
}
