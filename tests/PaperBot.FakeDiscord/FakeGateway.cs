using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace PaperBot.FakeDiscord;

/// <summary>
/// The fake gateway: sessions with numbered dispatches, identify/resume checks, replay on resume, heartbeat
/// bookkeeping and fault injection. Sends of dispatches are serialized so sequence numbers go out in order.
/// </summary>
internal sealed class FakeGateway(FakeDiscordOptions options, FakeRecorder recorder, Func<string> gatewayUrl)
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, FakeGatewayConnection> _open = new();
    private readonly Dictionary<string, FakeGatewaySession> _sessions = new(StringComparer.Ordinal);
    private readonly List<(string Type, JsonNode? Data)> _pending = [];
    private FakeGatewayConnection? _live;
    private FakeGatewayConnection? _latest;
    private FakeGatewaySession? _current;
    private int _failResumes;
    private volatile bool _acking = true;

    public int HeartbeatInterval => options.HeartbeatIntervalMilliseconds;

    public FakeGatewayStats Stats { get; } = new();

    /// <summary>The newest connection is identified or resumed (not an old one that is about to go).</summary>
    public bool IsLive => _live is { Closed: false } live && live == _latest;

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
            await connection.SendAsync("""{"op":11,"d":null}""");
        }
    }

    public async Task<bool> IdentifyAsync(FakeGatewayConnection connection, JsonObject? d)
    {
        if (FakeIdentifyCheck.CloseCode(connection, d, options, Violation) is { } code)
        {
            await connection.CloseAsync(code);
            return false;
        }

        if (!Stats.Identified(d!, options.MaxConcurrency))
        {
            Violation($"more than {options.MaxConcurrency} identifies in 5 s");
        }

        await _lock.WaitAsync();
        try
        {
            var previous = _current;
            var session = new FakeGatewaySession(Guid.NewGuid().ToString("N"));
            _sessions[session.Id] = session;
            _current = session;
            connection.Authenticated = true;
            connection.Session = session;
            await DeliverAsync(connection, session.Append("READY", FakeDispatches.Ready(session.Id, options.ApplicationId, options.ResumeGatewayUrl?.AbsoluteUri ?? gatewayUrl())));
            _live = connection;

            // What never reached a socket in the old session, or waited for the first one, still reaches the bot.
            var carried = (previous?.Undelivered() ?? []).Select(e => (e.Type, e.Data)).Concat(_pending).ToList();
            _pending.Clear();
            foreach (var (type, data) in carried)
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
            if (!_sessions.TryGetValue(id, out var session) || session.Invalidated || session != _current)
            {
                await connection.SendAsync("""{"op":9,"d":false}""");
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
            _live = connection;
            Stats.Resumed();
        }
        finally
        {
            _lock.Release();
        }

        return true;
    }

    /// <summary>Stamps and sends a dispatch; without a live session it waits for the next one.</summary>
    public async Task<int> SendDispatchAsync(string type, JsonNode? data)
    {
        await _lock.WaitAsync();
        try
        {
            if (_current is null || _current.Invalidated)
            {
                _pending.Add((type, data));
                return 0;
            }

            var entry = _current.Append(type, data);
            if (_live is { Closed: false } live && live.Session == _current)
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

    public void ClientClosed(FakeGatewayConnection connection, int? code)
    {
        Stats.ClientClosed(code);
    }

    public void Disconnected(FakeGatewayConnection connection)
    {
        _open.TryRemove(connection.Index, out _);
        if (_live == connection)
        {
            _live = null;
        }
    }

    public Task SendOpAsync(int op, JsonNode? d) =>
        (_live ?? _latest)?.SendAsync(new JsonObject { ["op"] = op, ["d"] = d }.ToJsonString()) ?? Task.FromResult(false);

    public async Task InvalidateAsync(bool resumable)
    {
        if (!resumable && _current is { } session)
        {
            session.Invalidated = true;
        }

        await SendOpAsync(9, resumable);
    }

    public Task CloseAsync(int code) => (_live ?? _latest)?.CloseAsync(code) ?? Task.CompletedTask;

    public void Abort() => (_live ?? _latest)?.Abort();

    public void AbortAll()
    {
        foreach (var connection in _open.Values)
        {
            connection.Abort();
        }
    }

    private static async Task DeliverAsync(FakeGatewayConnection connection, FakeGatewaySession.Entry entry)
    {
        entry.Delivered = await connection.SendAsync(entry.ToFrame());
    }
}
