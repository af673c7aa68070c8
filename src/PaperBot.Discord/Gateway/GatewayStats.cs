namespace PaperBot.Discord.Gateway;

/// <summary>
/// Counters for tests and diagnostics: how often the client connected, identified, resumed and resharded, and each of
/// this process's shards as it stands now.
/// </summary>
internal sealed class GatewayStats
{
    private int _connections;
    private int _identifies;
    private int _resumes;
    private int _reshards;
    private IReadOnlyList<ShardStatus> _shards = [];

    /// <summary>Raised when a shard changes state or the shards are replaced (a reshard).</summary>
    public event Action? Changed;

    public int Connections => Volatile.Read(ref _connections);

    public int Identifies => Volatile.Read(ref _identifies);

    public int Resumes => Volatile.Read(ref _resumes);

    /// <summary>How often a 4011 close made the client start over with a new shard count.</summary>
    public int Reshards => Volatile.Read(ref _reshards);

    /// <summary>This process's shards (a new list on every reshard), lowest id first.</summary>
    public IReadOnlyList<ShardStatus> Shards => Volatile.Read(ref _shards);

    public IReadOnlyList<ShardSnapshot> Snapshot() => Shards.Select(s => s.Snapshot()).ToList();

    public void Connected() => Interlocked.Increment(ref _connections);

    public void Identified() => Interlocked.Increment(ref _identifies);

    public void Resumed() => Interlocked.Increment(ref _resumes);

    public void Resharded() => Interlocked.Increment(ref _reshards);

    public void Started(IReadOnlyList<ShardStatus> shards)
    {
        Volatile.Write(ref _shards, shards);
        Notify();
    }

    public void Notify() => Changed?.Invoke();
}
