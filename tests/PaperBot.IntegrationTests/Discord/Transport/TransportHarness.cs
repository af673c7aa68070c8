using Microsoft.Extensions.Options;
using PaperBot.Discord;
using PaperBot.Discord.Gateway;
using PaperBot.Discord.Rest;
using PaperBot.FakeDiscord;

namespace PaperBot.IntegrationTests.Discord.Transport;

/// <summary>A real <see cref="DiscordRestClient"/> and <see cref="GatewayClient"/> pointed at their own <see cref="FakeDiscordServer"/>.</summary>
internal sealed class TransportHarness : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = PaperBot.Testing.Eventually.Deadline;

    private readonly CancellationTokenSource _stop = new();

    private TransportHarness(FakeDiscordServer server, DiscordOptions options, TimeProvider? restTime, TimeProvider? gatewayTime)
    {
        Server = server;
        Options = options;
        Rest = new DiscordRestClient(new HttpClient(), Microsoft.Extensions.Options.Options.Create(options), restTime ?? TimeProvider.System,
            Logs.For<DiscordRestClient>(), FastRetries);
        Gateway = new GatewayClient(Rest, Microsoft.Extensions.Options.Options.Create(options), gatewayTime ?? TimeProvider.System, Logs.For<GatewayClient>());
    }

    public static RestRetryPolicy FastRetries { get; } = new() { InitialDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(100) };

    public FakeDiscordServer Server { get; }

    public DiscordOptions Options { get; }

    public TransportLogs Logs { get; } = new();

    public DiscordRestClient Rest { get; }

    public GatewayClient Gateway { get; }

    public Task? Run { get; private set; }

    /// <param name="restTime">The REST client's clock (its rate limits and retries); the system's by default.</param>
    /// <param name="gatewayTime">The gateway's clock (identify pacing, heartbeats, reconnect delays); the system's by default.</param>
    public static async Task<TransportHarness> StartAsync(FakeDiscordOptions? fake = null, Action<DiscordOptions>? configure = null, TimeProvider? restTime = null,
        TimeProvider? gatewayTime = null)
    {
        var server = await FakeDiscordServer.StartAsync(fake);
        var options = new DiscordOptions
        {
            Token = server.Token,
            ApiBaseUrl = server.ApiBaseUrl,
            ReconnectDelayMilliseconds = 20,
            MaxReconnectDelayMilliseconds = 200,
        };
        configure?.Invoke(options);
        return new TransportHarness(server, options, restTime, gatewayTime);
    }

    /// <summary>Starts the gateway without waiting (several shards send several READYs).</summary>
    public void Start() => Run = Gateway.RunAsync(_stop.Token);

    /// <summary>Starts the gateway and waits for READY.</summary>
    public async Task<GatewayDispatch> ConnectAsync()
    {
        Run = Gateway.RunAsync(_stop.Token);
        return await NextAsync("READY");
    }

    /// <summary>Reads dispatches until one of <paramref name="type"/> arrives.</summary>
    public async Task<GatewayDispatch> NextAsync(string type)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        while (true)
        {
            var dispatch = await Gateway.Dispatches.ReadAsync(timeout.Token);
            if (dispatch.Type == type)
            {
                return dispatch;
            }
        }
    }

    public static int Number(GatewayDispatch dispatch) => dispatch.Data.GetProperty("n").GetInt32();

    public Task WaitForAsync(Func<bool> condition, string what) => FakeDiscordServer.WaitForAsync(condition, Timeout, $"{what} (fake on port {Server.ApiBaseUrl.Port})");

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (Run is not null)
        {
            try
            {
                await Run.WaitAsync(Timeout);
            }
            catch (Exception ex) when (ex is OperationCanceledException or GatewayFatalException or TimeoutException or DiscordApiException)
            {
                // The test already asserted what it needed about the run.
            }
        }

        Rest.Dispose();
        Gateway.Dispose();
        await Server.DisposeAsync();
        _stop.Dispose();
    }
}
