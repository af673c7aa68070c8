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
    private int _identifiesTooSoon;

    public int Connections => Volatile.Read(ref _connections);

    public int Identifies => Locked(() => _identifies.Count);

    public IReadOnlyList<JsonObject> IdentifyPayloads => Locked(() => _identifies.Select(i => (JsonObject)i.DeepClone()).ToArray());

    /// <summary>Identifies answered with op 9 because their bucket had one in the last 5 s.</summary>
    public int IdentifiesTooSoon => Volatile.Read(ref _identifiesTooSoon);

    public int ResumeAttempts => Volatile.Read(ref _resumeAttempts);

    public int Resumes => Volatile.Read(ref _resumes);

    public IReadOnlyList<RecordedHeartbeat> Heartbeats => Locked(() => _heartbeats.ToArray());

    public IReadOnlyList<int?> ClientCloses => Locked(() => _clientCloses.ToArray());

    public int Connected() => Interlocked.Increment(ref _connections);

    public void ResumeAttempted() => Interlocked.Increment(ref _resumeAttempts);

    public void Resumed() => Interlocked.Increment(ref _resumes);

    public void Heartbeat(RecordedHeartbeat beat) => Locked(() => { _heartbeats.Add(beat); return 0; });

    public void ClientClosed(int? code) => Locked(() => { _clientCloses.Add(code); return 0; });

    /// <summary>
    /// Records an accepted identify; false (and nothing recorded but the count) when <paramref name="paced"/> and its
    /// rate-limit bucket already accepted one in the last 5 s.
    /// </summary>
    public bool TryIdentify(JsonObject payload, int bucket, bool paced) => Locked(() =>
    {
        var now = DateTimeOffset.UtcNow;
        if (paced && _identifyTimes.Any(t => t.Bucket == bucket && now - t.At < TimeSpan.FromSeconds(5)))
        {
            Interlocked.Increment(ref _identifiesTooSoon);
            return false;
        }

        _identifyTimes.Add((bucket, now));
        _identifies.Add((JsonObject)payload.DeepClone());
        return true;
    });

    private T Locked<T>(Func<T> read)
    {
        lock (_lock)
        {
            return read();
        }
    }
}
