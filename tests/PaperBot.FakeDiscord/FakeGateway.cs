using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace PaperBot.FakeDiscord;

/// <summary>
/// The fake gateway: one session per shard with numbered dispatches, identify/resume checks (shard included), replay on
/// resume, routing of each dispatch to its guild's shard, heartbeat bookkeeping and fault injection. Sends of dispatches
/// are serialized so sequence numbers go out in order.
/// </summary>
internal sealed class FakeGateway(FakeDiscordOptions options, FakeRecorder recorder, Func<string> gatewayUrl)
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, FakeGatewayConnection> _open = new();
    private readonly Dictionary<string, FakeGatewaySession> _sessions = new(StringComparer.Ordinal);
    private readonly Dictionary<int, FakeGatewaySession> _currentByShard = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, FakeGatewayConnection> _liveByShard = new();
    private readonly List<(string Type, JsonNode? Data)> _pending = [];
    private readonly Lock _deliveriesLock = new();
    private readonly List<RecordedDispatch> _deliveries = [];
    private FakeGatewayConnection? _latest;
    private int _shardCount = 1;
    private int _requiredShards = Math.Max(1, options.Shards);
    private int _failResumes;
    private volatile bool _acking = true;

    public int HeartbeatInterval => options.HeartbeatIntervalMilliseconds;

    public FakeGatewayStats Stats { get; } = new();

    /// <summary>What <c>GET /gateway/bot</c> recommends; identifies with fewer shards are closed with 4011.</summary>
    public int RequiredShards => Volatile.Read(ref _requiredShards);

    /// <summary>Every shard of the current count has a live session, and the newest connection is one of them.</summary>
    public bool IsLive
    {
        get
        {
            var count = Volatile.Read(ref _shardCount);
            var live = Enumerable.Range(0, count).Select(id => _liveByShard.GetValueOrDefault(id)).ToList();
            return live.All(c => c is { Closed: false } && c.Session?.Shard.Count == count) && live.Contains(_latest);
        }
    }

    public IReadOnlyList<RecordedDispatch> Deliveries
    {
        get
        {
            lock (_deliveriesLock)
            {
                return _deliveries.ToArray();
            }
        }
    }

    public bool Acking { get => _acking; set => _acking = value; }

    public void FailNextResumes(int count) => Volatile.Write(ref _failResumes, count);

    public async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        var query = context.Request.Query;
        if (query["v"] != "10" || query["encoding"] != "json")
        {
            Violation($"gateway connection without ?v=10&encoding=json ({context.Request.QueryString})");
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeGatewayConnection(Stats.Connected(), context, socket, this);
        _latest = connection;
        _open[connection.Index] = connection;
        await connection.RunAsync();
    }

    public void Violation(string what) => recorder.Violation(what);

    public async Task HeartbeatAsync(FakeGatewayConnection connection, int? sequence)
    {
        Stats.Heartbeat(new RecordedHeartbeat(connection.Index, DateTimeOffset.UtcNow - connection.HelloAt, sequence, DateTimeOffset.UtcNow));

        if (_acking)
        {
            await connection.SendAsync(new JsonObject { ["op"] = FakeOpcodes.HeartbeatAck, ["d"] = null }.ToJsonString());
        }
    }

    public async Task<bool> IdentifyAsync(FakeGatewayConnection connection, JsonObject? d)
    {
        if (FakeIdentifyCheck.CloseCode(connection, d, options, RequiredShards, Violation) is { } code)
        {
            await connection.CloseAsync(code);
            return false;
        }

        var shard = FakeShard.Read(d!["shard"])!.Value;
        if (!Stats.TryIdentify(d, shard.Bucket(options.MaxConcurrency), options.EnforceIdentifyRate))
        {
            // As Discord does: op 9, not resumable. Not a violation: the fake stamps arrivals on the wall clock, and a
            // loaded machine can delay one identify's arrival past the client's margin. The client's own pace is
            // checked on its clock (GatewayShardingTests).
            await connection.SendAsync(new JsonObject { ["op"] = FakeOpcodes.InvalidSession, ["d"] = false }.ToJsonString());
            return true;
        }

        await _lock.WaitAsync();
        try
        {
            var session = new FakeGatewaySession(Guid.NewGuid().ToString("N"), shard);
            Supersede(session);
            _sessions[session.Id] = session;
            _currentByShard[shard.Id] = session;
            Volatile.Write(ref _shardCount, shard.Count);
            connection.Authenticated = true;
            connection.Session = session;
            await DeliverAsync(connection, session.Append("READY", FakeDispatches.Ready(session.Id, options.ApplicationId, options.ResumeGatewayUrl?.AbsoluteUri ?? gatewayUrl(), shard)));
            _liveByShard[shard.Id] = connection;

            // What never reached a socket in an old session, or waited for a session, still reaches the bot: on its shard.
            var mine = _pending.Where(p => FakeShard.Of(FakeShard.GuildOf(p.Type, p.Data), shard.Count) == shard.Id).ToList();
            _pending.RemoveAll(mine.Contains);
            foreach (var (type, data) in mine)
            {
                await DeliverAsync(connection, session.Append(type, data));
            }
        }
        finally
        {
            _lock.Release();
        }

        return true;
    }

    public async Task<bool> ResumeAsync(FakeGatewayConnection connection, JsonObject? d)
    {
        Stats.ResumeAttempted();
        if (d?["token"]?.GetValue<string>() != options.Token)
        {
            await connection.CloseAsync(4004);
            return false;
        }

        if (Interlocked.Decrement(ref _failResumes) >= 0)
        {
            await connection.CloseAsync(4000);
            return false;
        }

        await _lock.WaitAsync();
        try
        {
            var id = d["session_id"]?.GetValue<string>() ?? "";
            var seq = d["seq"] is JsonValue v && v.TryGetValue<int>(out var s) ? s : 0;
            if (!_sessions.TryGetValue(id, out var session) || session.Invalidated || _currentByShard.GetValueOrDefault(session.Shard.Id) != session)
            {
                await connection.SendAsync(new JsonObject { ["op"] = FakeOpcodes.InvalidSession, ["d"] = false }.ToJsonString());
                return true;
            }

            if (seq > session.LastSequence)
            {
                await connection.CloseAsync(4007);
                return false;
            }

            connection.Authenticated = true;
            connection.Session = session;
            foreach (var entry in session.After(seq))
            {
                await DeliverAsync(connection, entry);
            }

            await DeliverAsync(connection, session.Append("RESUMED", new JsonObject()));
            _liveByShard[session.Shard.Id] = connection;
            Stats.Resumed();
        }
        finally
        {
            _lock.Release();
        }

        return true;
    }

    /// <summary>Stamps and sends a dispatch on its guild's shard; without a live session there it waits for the next one.</summary>
    public async Task<int> SendDispatchAsync(string type, JsonNode? data)
    {
        await _lock.WaitAsync();
        try
        {
            var shard = FakeShard.Of(FakeShard.GuildOf(type, data), Volatile.Read(ref _shardCount));
            if (_currentByShard.GetValueOrDefault(shard) is not { Invalidated: false } session)
            {
                _pending.Add((type, data));
                return 0;
            }

            var entry = session.Append(type, data);
            if (_liveByShard.GetValueOrDefault(shard) is { Closed: false } live && live.Session == session)
            {
                await DeliverAsync(live, entry);
            }

            return entry.Sequence;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>
    /// Discord now wants <paramref name="count"/> shards: <c>GET /gateway/bot</c> says so, identifies with fewer are
    /// refused, and every live connection of a smaller count is closed with 4011 (sharding required).
    /// </summary>
    public async Task RequireShardsAsync(int count)
    {
        Volatile.Write(ref _requiredShards, count);
        foreach (var connection in _liveByShard.Values.Where(c => c.Session is { } s && s.Shard.Count < count).ToList())
        {
            await connection.CloseAsync(4011);
        }
    }

    public void ClientClosed(FakeGatewayConnection connection, int? code)
    {
        Stats.ClientClosed(code);
    }

    public void Disconnected(FakeGatewayConnection connection)
    {
        _open.TryRemove(connection.Index, out _);
        if (connection.Session is { } session)
        {
            _liveByShard.TryRemove(new KeyValuePair<int, FakeGatewayConnection>(session.Shard.Id, connection));
        }
    }

    public Task SendOpAsync(int op, JsonNode? d, int shard = 0) =>
        Target(shard)?.SendAsync(new JsonObject { ["op"] = op, ["d"] = d }.ToJsonString()) ?? Task.FromResult(false);

    public async Task InvalidateAsync(bool resumable, int shard = 0)
    {
        if (!resumable && _currentByShard.GetValueOrDefault(shard) is { } session)
        {
            session.Invalidated = true;
        }

        await SendOpAsync(FakeOpcodes.InvalidSession, resumable, shard);
    }

    public Task CloseAsync(int code, int shard = 0) => Target(shard)?.CloseAsync(code) ?? Task.CompletedTask;

    public void Abort(int shard = 0) => Target(shard)?.Abort();

    public void AbortAll()
    {
        foreach (var connection in _open.Values)
        {
            connection.Abort();
        }
    }

    // The shard's live connection, else the newest one (a connection still on its way to a session).
    private FakeGatewayConnection? Target(int shard) => _liveByShard.GetValueOrDefault(shard) ?? _latest;

    /// <summary>
    /// A new session replaces the one its shard had, and every session of another shard count (a reshard): they can no
    /// longer be resumed, and what they never delivered is routed again.
    /// </summary>
    private void Supersede(FakeGatewaySession session)
    {
        foreach (var (id, old) in _currentByShard.ToList())
        {
            if (id == session.Shard.Id || old.Shard.Count != session.Shard.Count)
            {
                old.Invalidated = true;
                _currentByShard.Remove(id);
                _pending.InsertRange(0, old.Undelivered().Select(e => (e.Type, e.Data)));
            }
        }
    }

    private async Task DeliverAsync(FakeGatewayConnection connection, FakeGatewaySession.Entry entry)
    {
        entry.Delivered = await connection.SendAsync(entry.ToFrame());
        if (entry.Delivered && connection.Session is { } session)
        {
            lock (_deliveriesLock)
            {
                _deliveries.Add(new RecordedDispatch(session.Shard.Id, session.Shard.Count, connection.Index, entry.Type, entry.Sequence, FakeShard.GuildOf(entry.Type, entry.Data)));
            }
        }
    }
}
