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

    /// <summary>Reads dispatches until one of <paramref name="type"/> arrives; on timeout, says what both sides saw.</summary>
    public async Task<GatewayDispatch> NextAsync(string type)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var skipped = new List<string>();
        try
        {
            while (true)
            {
                var dispatch = await Gateway.Dispatches.ReadAsync(timeout.Token);
                if (dispatch.Type == type)
                {
                    return dispatch;
                }

                skipped.Add($"{dispatch.Type}@{dispatch.Shard}");
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new TimeoutException($"no {type} within {Timeout.TotalSeconds:0} s; read and skipped [{string.Join(", ", skipped)}]; {Describe()}");
        }
    }

    /// <summary>
    /// Reads dispatches until <paramref name="count"/> of the given <paramref name="types"/> arrived, in arrival order,
    /// others skipped. For events on several shards: each connection keeps its own order, the shards between them none.
    /// </summary>
    public async Task<List<GatewayDispatch>> TakeAsync(int count, params string[] types)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var taken = new List<GatewayDispatch>();
        try
        {
            while (taken.Count < count)
            {
                var dispatch = await Gateway.Dispatches.ReadAsync(timeout.Token);
                if (types.Contains(dispatch.Type))
                {
                    taken.Add(dispatch);
                }
            }

            return taken;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new TimeoutException($"{taken.Count} of {count} [{string.Join(", ", types)}] within {Timeout.TotalSeconds:0} s; {Describe()}");
        }
    }

    /// <summary>The fake's deliveries and violations, the client's shards and its last log lines: what a timeout needs to be understood.</summary>
    public string Describe()
    {
        var deliveries = string.Join(", ", Server.Deliveries.Select(d => $"{d.Type}#{d.Sequence}@shard{d.Shard}/{d.ShardCount} conn{d.Connection}"));
        var shards = string.Join(", ", Gateway.Stats.Snapshot().Select(s => $"{s.Id}/{s.Count} {s.State} ids{s.Identifies} res{s.Resumes} ev{s.Events} close '{s.LastClose}'"));
        var logs = string.Join(" | ", Logs.Lines.TakeLast(30));
        return $"fake: connections {Server.ConnectionCount}, identifies {Server.IdentifyCount} (+{Server.IdentifiesTooSoon} too soon), " +
               $"resumes {Server.ResumeCount}/{Server.ResumeAttemptCount}, live {Server.IsSessionLive}, deliveries [{deliveries}], " +
               $"violations [{string.Join(" | ", Server.Violations)}]; client shards [{shards}]; logs: {logs}";
    }

    public static int Number(GatewayDispatch dispatch) => dispatch.Data.GetProperty("n").GetInt32();

    public async Task WaitForAsync(Func<bool> condition, string what)
    {
        try
        {
            await FakeDiscordServer.WaitForAsync(condition, Timeout, what);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message}; {Describe()}", ex);
        }
    }

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
