using System.Text.Json.Nodes;

namespace PaperBot.FakeDiscord;

/// <summary>What the fake gateway counts and records: connections, identifies (and their rate), resumes, heartbeats, client closes.</summary>
internal sealed class FakeGatewayStats
{
    private readonly Lock _lock = new();
    private readonly List<RecordedHeartbeat> _heartbeats = [];
    private readonly List<int?> _clientCloses = [];
    private readonly List<(int Bucket, DateTimeOffset At)> _identifyTimes = [];
    private readonly List<JsonObject> _identifies = [];
    private int _connections;
    private int _resumeAttempts;
    private int _resumes;

    public int Connections => Volatile.Read(ref _connections);

    public int Identifies => Locked(() => _identifies.Count);

    public IReadOnlyList<JsonObject> IdentifyPayloads => Locked(() => _identifies.Select(i => (JsonObject)i.DeepClone()).ToArray());

    public int ResumeAttempts => Volatile.Read(ref _resumeAttempts);

    public int Resumes => Volatile.Read(ref _resumes);

    public IReadOnlyList<RecordedHeartbeat> Heartbeats => Locked(() => _heartbeats.ToArray());

    public IReadOnlyList<int?> ClientCloses => Locked(() => _clientCloses.ToArray());

    public int Connected() => Interlocked.Increment(ref _connections);

    public void ResumeAttempted() => Interlocked.Increment(ref _resumeAttempts);

    public void Resumed() => Interlocked.Increment(ref _resumes);

    public void Heartbeat(RecordedHeartbeat beat) => Locked(() => { _heartbeats.Add(beat); return 0; });

    public void ClientClosed(int? code) => Locked(() => { _clientCloses.Add(code); return 0; });

    /// <summary>Records an identify; false when its rate-limit bucket already had one in the last 5 s.</summary>
    public bool Identified(JsonObject payload, int bucket) => Locked(() =>
    {
        var now = DateTimeOffset.UtcNow;
        var withinLimit = !_identifyTimes.Any(t => t.Bucket == bucket && now - t.At < TimeSpan.FromSeconds(5));
        _identifyTimes.Add((bucket, now));
        _identifies.Add((JsonObject)payload.DeepClone());
        return withinLimit;
    });

    private T Locked<T>(Func<T> read)
    {
        lock (_lock)
        {
            return read();
        }
    }
}
