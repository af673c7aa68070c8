using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace PaperBot.FakeDiscord;

/// <summary>One client socket on the fake gateway: Hello, then a receive loop that checks every frame as Discord would.</summary>
internal sealed class FakeGatewayConnection(int index, HttpContext http, WebSocket socket, FakeGateway gateway)
{
    private readonly SemaphoreSlim _send = new(1, 1);
    private readonly Queue<DateTimeOffset> _events = new();

    public int Index => index;

    public DateTimeOffset HelloAt { get; private set; }

    public bool Authenticated { get; set; }

    public FakeGatewaySession? Session { get; set; }

    public bool Closed { get; private set; }

    public async Task RunAsync()
    {
        HelloAt = DateTimeOffset.UtcNow;
        await SendAsync(new JsonObject { ["op"] = FakeOpcodes.Hello, ["d"] = new JsonObject { ["heartbeat_interval"] = gateway.HeartbeatInterval } }.ToJsonString());
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var frame = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    frame.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    gateway.ClientClosed(this, (int?)socket.CloseStatus);
                    await CloseAsync((int)(socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure));
                    return;
                }

                if (!await HandleAsync(frame.ToArray()))
                {
                    return;
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            gateway.ClientClosed(this, null);
        }
        finally
        {
            Closed = true;
            gateway.Disconnected(this);
        }
    }

    /// <summary>False when the frame could not be written (the socket is closing or gone).</summary>
    public async Task<bool> SendAsync(string json)
    {
        await _send.WaitAsync();
        try
        {
            if (socket.State != WebSocketState.Open)
            {
                return false;
            }

            await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
            return true;
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The client went away; whatever was not received is replayed on resume.
            return false;
        }
        finally
        {
            _send.Release();
        }
    }

    public async Task CloseAsync(int code)
    {
        await _send.WaitAsync();
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, "fake discord", timeout.Token);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            // Already gone.
        }
        finally
        {
            _send.Release();
        }
    }

    public void Abort()
    {
        if (Closed)
        {
            return;
        }

        try
        {
            http.Abort();
        }
        catch (ObjectDisposedException)
        {
            // The request already finished.
        }
    }

    private async Task<bool> HandleAsync(byte[] frame)
    {
        if (frame.Length > 4096)
        {
            gateway.Violation($"connection {index}: frame of {frame.Length} bytes (> 4096)");
            await CloseAsync(4002);
            return false;
        }

        JsonObject? payload;
        try
        {
            payload = JsonNode.Parse(frame) as JsonObject;
        }
        catch (JsonException)
        {
            payload = null;
        }

        var op = payload?["op"] is JsonValue v && v.TryGetValue<int>(out var o) ? o : -1;
        if (payload is null || op < 0)
        {
            gateway.Violation($"connection {index}: frame that is not a gateway payload");
            await CloseAsync(4002);
            return false;
        }

        if (op != FakeOpcodes.Heartbeat)
        {
            CountEvent();
        }

        if (!Authenticated && op is not (FakeOpcodes.Heartbeat or FakeOpcodes.Identify or FakeOpcodes.Resume))
        {
            gateway.Violation($"connection {index}: op {op} before identify");
            await CloseAsync(4003);
            return false;
        }

        switch (op)
        {
            case FakeOpcodes.Heartbeat:
                await gateway.HeartbeatAsync(this, payload["d"] is JsonValue d && d.TryGetValue<int>(out var seq) ? seq : null);
                return true;
            case FakeOpcodes.Identify:
                return await gateway.IdentifyAsync(this, payload["d"] as JsonObject);
            case FakeOpcodes.Resume:
                return await gateway.ResumeAsync(this, payload["d"] as JsonObject);
            case FakeOpcodes.PresenceUpdate:
                return true;
            default:
                gateway.Violation($"connection {index}: unknown opcode {op}");
                await CloseAsync(4001);
                return false;
        }
    }

    // Heartbeats are not counted: the fake's 200 ms interval would use up Discord's 120 per minute on its own.
    private void CountEvent()
    {
        var now = DateTimeOffset.UtcNow;
        while (_events.Count > 0 && now - _events.Peek() >= TimeSpan.FromSeconds(60))
        {
            _events.Dequeue();
        }

        _events.Enqueue(now);
        if (_events.Count > 120)
        {
            gateway.Violation($"connection {index}: more than 120 gateway events in 60 s");
        }
    }
}
