using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PaperBot.Benchmarks.Discord;

/// <summary>
/// The baseline: the least a bot can do, written directly on <see cref="ClientWebSocket"/> and <see cref="HttpClient"/>
/// with no PaperBot code. It connects as Discord asks (GET /gateway/bot, Hello, heartbeats, Identify) and answers
/// every INTERACTION_CREATE at once with a fixed "ok", so its latency is the fake + WebSocket + HTTP floor.
/// </summary>
internal sealed class BareResponder : IAsyncDisposable
{
    public const string UserAgent = "DiscordBot (https://github.com/paperbot/paperbot, 1.0)";

    /// <summary>GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES, as PaperBot asks.</summary>
    private const int Intents = 4609;

    private static readonly byte[] Answer = """{"type":4,"data":{"content":"ok","allowed_mentions":{"parse":[]}}}"""u8.ToArray();

    private readonly HttpClient _http;
    private readonly string _token;
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private Task _receiving = Task.CompletedTask;
    private Task _heartbeating = Task.CompletedTask;
    private int _sequence = -1;

    private BareResponder(Uri apiBaseUrl, string token)
    {
        _token = token;
        _http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = apiBaseUrl };
        _http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent);
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", token);
    }

    /// <summary>Asks for the gateway URL, connects and starts the receive loop (Identify follows Hello).</summary>
    public static async Task<BareResponder> ConnectAsync(Uri apiBaseUrl, string token, CancellationToken cancellationToken)
    {
        var responder = new BareResponder(apiBaseUrl, token);
        try
        {
            using var gateway = JsonDocument.Parse(await responder._http.GetStringAsync("gateway/bot", cancellationToken));
            var url = gateway.RootElement.GetProperty("url").GetString() ?? throw new InvalidOperationException("GET /gateway/bot gave no url");
            responder._socket.Options.KeepAliveInterval = TimeSpan.Zero;
            await responder._socket.ConnectAsync(new Uri($"{url.TrimEnd('/')}?v=10&encoding=json"), cancellationToken);
            responder._receiving = responder.ReceiveAsync(responder._stop.Token);
            return responder;
        }
        catch
        {
            await responder.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Abort();
        await Task.WhenAll(_receiving, _heartbeating).ContinueWith(_ => { }, TaskScheduler.Default);
        _socket.Dispose();
        _http.Dispose();
        _sending.Dispose();
        _stop.Dispose();
    }

    private async Task ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var length = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    if (length == buffer.Length)
                    {
                        Array.Resize(ref buffer, buffer.Length * 2);
                    }

                    result = await _socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken);
                    length += result.Count;
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                await HandleAsync(buffer.AsMemory(0, length), cancellationToken);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // Disposed, or the fake went away at the end of the run.
        }
    }

    private async Task HandleAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken)
    {
        using var payload = JsonDocument.Parse(frame);
        var root = payload.RootElement;
        if (root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number)
        {
            Volatile.Write(ref _sequence, s.GetInt32());
        }

        switch (root.GetProperty("op").GetInt32())
        {
            case 0 when root.GetProperty("t").ValueEquals("INTERACTION_CREATE"u8):
                var d = root.GetProperty("d");
                _ = AnswerAsync(d.GetProperty("id").GetString()!, d.GetProperty("token").GetString()!, cancellationToken);
                break;
            case 1:
                await SendAsync(Heartbeat(), cancellationToken);
                break;
            case 10:
                var interval = TimeSpan.FromMilliseconds(root.GetProperty("d").GetProperty("heartbeat_interval").GetDouble());
                _heartbeating = HeartbeatAsync(interval, cancellationToken);
                await SendAsync(Identify(), cancellationToken);
                break;
        }
    }

    private async Task AnswerAsync(string id, string token, CancellationToken cancellationToken)
    {
        try
        {
            using var body = new ByteArrayContent(Answer);
            body.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await _http.PostAsync($"interactions/{id}/{token}/callback", body, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
        {
            // A callback the fake never accepted is counted as lost by the round; a refused one is also a violation.
        }
    }

    private async Task HeartbeatAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            // Discord asks for a random fraction of the interval before the first beat.
            await Task.Delay(interval * Random.Shared.NextDouble(), cancellationToken);
            using var timer = new PeriodicTimer(interval);
            do
            {
                await SendAsync(Heartbeat(), cancellationToken);
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // Stopped with the connection.
        }
    }

    private async Task SendAsync(string json, CancellationToken cancellationToken)
    {
        await _sending.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sending.Release();
        }
    }

    private string Heartbeat() => Volatile.Read(ref _sequence) is var s and >= 0 ? $$"""{"op":1,"d":{{s}}}""" : """{"op":1,"d":null}""";

    private string Identify() => new JsonObject
    {
        ["op"] = 2,
        ["d"] = new JsonObject
        {
            ["token"] = _token,
            ["intents"] = Intents,
            ["properties"] = new JsonObject { ["os"] = "linux", ["browser"] = "paperbot-bench", ["device"] = "paperbot-bench" },
        },
    }.ToJsonString();
}
