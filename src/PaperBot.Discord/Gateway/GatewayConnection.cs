using System.Net.WebSockets;
using System.Text.Json;
using PaperBot.Discord.Json;

namespace PaperBot.Discord.Gateway;

/// <summary>
/// One WebSocket: Hello, Identify or Resume, heartbeats, and a receive loop that only parses and queues dispatches.
/// Ends with a <see cref="GatewayOutcome"/> saying how to recover; connection failures before the socket opens throw.
/// </summary>
internal sealed class GatewayConnection(GatewaySession session, GatewayConnectionContext context) : IDisposable
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(1);

    /// <summary>Hello comes at once and READY/RESUMED within seconds; a connection without them after this long is dead.</summary>
    private static readonly TimeSpan SessionTimeout = TimeSpan.FromSeconds(30);

    private readonly ClientWebSocket _socket = new();
    private readonly GatewaySendLimiter _sender = new(context.Time);
    private readonly CancellationTokenSource _stop = new();
    private readonly GatewayDispatcher _dispatcher = new(session, context);
    private GatewayOutcome? _abandoned;
    private Heartbeater? _heartbeater;
    private Task _heartbeat = Task.CompletedTask;
    private volatile bool _reachedReady;

    public async Task<GatewayOutcome> RunAsync(Uri url, bool resume, CancellationToken cancellationToken)
    {
        // Discord heartbeats are the liveness signal; WebSocket pings would only add noise.
        _socket.Options.KeepAliveInterval = TimeSpan.Zero;
        using (var connect = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            connect.CancelAfter(ConnectTimeout);
            context.Status.Set(ShardState.Connecting);
            Log.GatewayConnecting(context.Logger, context.Shard.Id, url.Host, resume ? "resume" : "identify");
            await _socket.ConnectAsync(url, connect.Token).ConfigureAwait(false);
        }

        context.Stats.Connected();
        var reader = new GatewayFrameReader(_socket);
        _ = WatchForSessionAsync();
        using var shutdown = cancellationToken.Register(() => _ = AbandonAsync(CloseCodes.Normal, new GatewayOutcome(GatewayRecovery.Stopped, "shutting down")));
        try
        {
            while (true)
            {
                var (type, frame) = await reader.ReadAsync(_stop.Token).ConfigureAwait(false);
                if (_abandoned is { } abandoned)
                {
                    return abandoned with { ReachedReady = _reachedReady };
                }

                if (type == WebSocketMessageType.Close)
                {
                    return await ClosedByServerAsync().ConfigureAwait(false) with { ReachedReady = _reachedReady };
                }

                var payload = JsonSerializer.Deserialize(frame.Span, DiscordJsonContext.Default.GatewayPayload);
                if (payload is not null && await HandleAsync(payload, resume).ConfigureAwait(false) is { } outcome)
                {
                    return outcome with { ReachedReady = _reachedReady };
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or JsonException)
        {
            // A cut without a close frame (1006) leaves the session resumable.
            return (_abandoned ?? new GatewayOutcome(GatewayRecovery.Resume, $"connection lost ({ex.GetType().Name})", 1006)) with { ReachedReady = _reachedReady };
        }
        finally
        {
            await _stop.CancelAsync().ConfigureAwait(false);
            await _heartbeat.ConfigureAwait(false);
            _socket.Abort();
        }
    }

    public void Dispose()
    {
        _socket.Dispose();
        _sender.Dispose();
        _stop.Dispose();
    }

    private async Task<GatewayOutcome?> HandleAsync(GatewayPayload payload, bool resume)
    {
        switch (payload.Op)
        {
            case GatewayOpcode.Dispatch:
                _reachedReady |= _dispatcher.Dispatch(payload);
                return null;
            case GatewayOpcode.Heartbeat:
                if (_heartbeater is not null)
                {
                    await _heartbeater.BeatNowAsync(_stop.Token).ConfigureAwait(false);
                }

                return null;
            case GatewayOpcode.Reconnect:
                Log.GatewayReconnectRequested(context.Logger, context.Shard.Id);
                return await AbandonAsync(CloseCodes.Reconnect, new GatewayOutcome(GatewayRecovery.Resume, "reconnect requested (op 7)")).ConfigureAwait(false);
            case GatewayOpcode.InvalidSession:
                var resumable = payload.D is { ValueKind: JsonValueKind.True };
                Log.GatewayInvalidSession(context.Logger, context.Shard.Id, resumable);
                return await AbandonAsync(CloseCodes.Reconnect, resumable
                    ? new GatewayOutcome(GatewayRecovery.Resume, "session invalidated (op 9, resumable)")
                    : new GatewayOutcome(GatewayRecovery.Identify, "session invalidated (op 9)", ExtraDelay: InvalidSessionPause())).ConfigureAwait(false);
            case GatewayOpcode.Hello:
                await HelloAsync(payload, resume).ConfigureAwait(false);
                return null;
            case GatewayOpcode.HeartbeatAck:
                _heartbeater?.Acknowledge();
                return null;
            default:
                return null;
        }
    }

    private async Task HelloAsync(GatewayPayload payload, bool resume)
    {
        var intervalMs = payload.D is { ValueKind: JsonValueKind.Object } d && d.TryGetProperty("heartbeat_interval", out var i) && i.TryGetDouble(out var ms) ? ms : 41_250;
        _heartbeater = new Heartbeater(TimeSpan.FromMilliseconds(Math.Max(1, intervalMs)), context.Time, SendHeartbeatAsync, OnZombie);
        _heartbeat = _heartbeater.RunAsync(Random.Shared.NextDouble(), _stop.Token);
        if (resume && session.SessionId is { } sessionId)
        {
            context.Status.Set(ShardState.Resuming);
            context.Status.Resumed();
            context.Stats.Resumed();
            await _sender.SendAsync(_socket, GatewayFrames.Resume(context.Token, sessionId, session.Sequence), essential: true, _stop.Token).ConfigureAwait(false);
            return;
        }

        // The shard waited for its identify slot before opening this socket (GatewayShard), so no socket idles meanwhile.
        context.Status.Set(ShardState.Identifying);

        // A new session numbers its dispatches from 1 again.
        session.Clear();
        context.Status.Identified();
        context.Stats.Identified();
        await _sender.SendAsync(_socket, GatewayFrames.Identify(context.Token, context.Intents, context.Shard), essential: true, _stop.Token).ConfigureAwait(false);
    }

    private async Task<GatewayOutcome> ClosedByServerAsync()
    {
        var code = (int?)_socket.CloseStatus;
        var reason = _socket.CloseStatusDescription ?? "";
        var recovery = CloseCodes.Classify(code);

        // Answer the close without ending a session we mean to resume (1000/1001 would), and never with a reserved code.
        await _sender.CloseOutputAsync(_socket, recovery == GatewayRecovery.Resume ? CloseCodes.Reconnect : CloseCodes.Normal, CloseTimeout).ConfigureAwait(false);
        Log.GatewayClosed(context.Logger, context.Shard.Id, code ?? 1005, reason, CloseCodes.Describe(recovery));
        var message = recovery == GatewayRecovery.Fatal ? CloseCodes.FatalMessage(code!.Value) : $"closed by Discord ({code})";
        return new GatewayOutcome(recovery, message, code);
    }

    private async Task WatchForSessionAsync()
    {
        try
        {
            await Task.Delay(SessionTimeout, context.Time, _stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (!_reachedReady)
        {
            var reason = _heartbeater is null ? "no Hello from the gateway" : "no READY or RESUMED from the gateway";
            await AbandonAsync(CloseCodes.Reconnect, new GatewayOutcome(GatewayRecovery.Resume, reason)).ConfigureAwait(false);
        }
    }

    private Task SendHeartbeatAsync(CancellationToken cancellationToken) =>
        _sender.SendAsync(_socket, GatewayFrames.Heartbeat(session.Sequence), essential: true, cancellationToken);

    private void OnZombie()
    {
        Log.GatewayZombie(context.Logger, context.Shard.Id);
        _ = AbandonAsync(CloseCodes.Reconnect, new GatewayOutcome(GatewayRecovery.Resume, "heartbeat not acknowledged"));
    }

    /// <summary>Ends the connection from our side: a close frame (4000 keeps the session, 1000 ends it), then abort.</summary>
    private async Task<GatewayOutcome> AbandonAsync(int code, GatewayOutcome outcome)
    {
        if (Interlocked.CompareExchange(ref _abandoned, outcome, null) is { } earlier)
        {
            return earlier;
        }

        try
        {
            await _sender.CloseOutputAsync(_socket, code, CloseTimeout).ConfigureAwait(false);
            _socket.Abort();

            // Also wakes a receive loop that is waiting for something else (the identify limiter).
            await _stop.CancelAsync().ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            // The connection already ended (a late zombie or shutdown signal): nothing left to close.
        }

        return outcome;
    }

    // Discord's old advice: wait a random 1-5 s before identifying again; scaled by the reconnect delay so tests stay fast.
    private TimeSpan InvalidSessionPause() =>
        TimeSpan.FromMilliseconds(Math.Min(5000, context.InitialReconnectDelay.TotalMilliseconds * (1 + (4 * Random.Shared.NextDouble()))));
}
