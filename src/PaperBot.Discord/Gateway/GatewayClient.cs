using System.Net.WebSockets;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Discord.Rest;

namespace PaperBot.Discord.Gateway;

/// <summary>
/// <see cref="IDiscordGateway"/> over <see cref="ClientWebSocket"/>, sharded in one process: the shard count comes from
/// <c>GET /gateway/bot</c> (or <c>Discord:ShardCount</c>), each of this process's shards keeps its own connection
/// (<see cref="GatewayShard"/>), identifies are paced per bucket, and every dispatch lands in one queue. A 4011 close
/// stops every shard and starts them again with Discord's new count; other fatal closes stop the gateway.
/// </summary>
internal sealed class GatewayClient : IDiscordGateway, IDisposable
{
    private readonly IDiscordRest _rest;
    private readonly DiscordOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Channel<GatewayDispatch> _dispatches = Channel.CreateUnbounded<GatewayDispatch>();
    private readonly IdentifyLimiter _identifyLimiter;
    private readonly SessionStartGate _gate;

    public GatewayClient(IDiscordRest rest, IOptions<DiscordOptions> options, TimeProvider time, ILogger<GatewayClient> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _rest = rest;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _identifyLimiter = new IdentifyLimiter(time);
        _gate = new SessionStartGate(rest, _options.GatewayUrl, _identifyLimiter, time, logger);
    }

    public ChannelReader<GatewayDispatch> Dispatches => _dispatches.Reader;

    internal GatewayStats Stats { get; } = new();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var token = _options.Token is { Length: > 0 } t ? t : throw new InvalidOperationException("Discord:Token is not set; the gateway cannot connect.");
        var initialDelay = TimeSpan.FromMilliseconds(_options.ReconnectDelayMilliseconds);
        var context = new GatewayConnectionContext(token, GatewayFrames.Intents(_options.MessageContentIntent), initialDelay, _time, _logger,
            _dispatches.Writer, _identifyLimiter, Stats, ShardId.Single, new ShardStatus(ShardId.Single, _time));
        var planBackoff = NewBackoff();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var plan = await PlanAsync(planBackoff, cancellationToken).ConfigureAwait(false);
                if (await RunShardsAsync(plan, context, cancellationToken).ConfigureAwait(false) != GatewayRecovery.Reshard)
                {
                    return;
                }

                Stats.Resharded();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (GatewayFatalException fatal)
        {
            Log.GatewayFatal(_logger, fatal.Message);
            throw;
        }
    }

    public void Dispose() => _gate.Dispose();

    // Resume URLs come bare; every connection must ask for the same version and encoding.
    internal static Uri WithQuery(Uri url) => new UriBuilder(url) { Query = "v=10&encoding=json" }.Uri;

    /// <summary>Asks <c>GET /gateway/bot</c> for the count and the identify budget, retrying with backoff while Discord cannot be reached.</summary>
    private async Task<ShardPlan> PlanAsync(ReconnectBackoff backoff, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                var needed = _options.ShardCount is { } fixedCount
                    ? ShardPlan.From(_options, fixedCount, 1).Ids.Count
                    : 1;
                var info = await _gate.RefreshAsync(needed, cancellationToken).ConfigureAwait(false);
                var plan = ShardPlan.From(_options, info.Shards, info.SessionStartLimit.MaxConcurrency);
                Log.GatewayShardsStarting(_logger, plan.Ids.Count, plan.Count, plan.DescribeIds(), info.Shards, plan.MaxConcurrency);
                backoff.Reset();
                return plan;
            }
            catch (DiscordApiException ex) when (ex.Code == DiscordErrorCodes.Unauthorized)
            {
                throw new GatewayFatalException(ex.Message, ex);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested
                                       && ex is HttpRequestException or IOException or OperationCanceledException or DiscordApiException)
            {
                var delay = backoff.Next();
                Log.GatewayConnectFailed(_logger, 0, $"GET /gateway/bot failed ({ex.GetType().Name})", (long)delay.TotalMilliseconds);
                await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Runs the plan's shards side by side until PaperBot stops (<see cref="GatewayRecovery.Stopped"/>) or one needs a
    /// reshard (<see cref="GatewayRecovery.Reshard"/>); either way every shard has closed when this returns.
    /// </summary>
    private async Task<GatewayRecovery> RunShardsAsync(ShardPlan plan, GatewayConnectionContext template, CancellationToken cancellationToken)
    {
        using var round = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var statuses = plan.Ids.Select(id => new ShardStatus(new ShardId(id, plan.Count), _time, Stats.Notify)).ToList();
        Stats.Started(statuses);
        var shardOf = statuses.ToDictionary(
            status => new GatewayShard(template with { Shard = status.Shard, Status = status }, _gate, NewBackoff()).RunAsync(round.Token),
            status => status.Shard);
        var pending = shardOf.Keys.ToList();
        var result = GatewayRecovery.Stopped;
        ExceptionDispatchInfo? failure = null;
        while (pending.Count > 0)
        {
            var done = await Task.WhenAny(pending).ConfigureAwait(false);
            pending.Remove(done);
            try
            {
                if (await done.ConfigureAwait(false) == GatewayRecovery.Reshard && result != GatewayRecovery.Reshard)
                {
                    var shard = shardOf[done];
                    result = GatewayRecovery.Reshard;
                    if (_options.ShardCount is not null)
                    {
                        // The operator fixed the count; only they can raise it (all processes together).
                        failure ??= ExceptionDispatchInfo.Capture(new GatewayFatalException(CloseCodes.ShardingRequired, CloseCodes.FatalMessage(CloseCodes.ShardingRequired)));
                    }
                    else
                    {
                        Log.GatewayResharding(_logger, shard.Id, plan.Count);
                    }

                    await round.CancelAsync().ConfigureAwait(false);
                }
            }
            catch (GatewayFatalException fatal)
            {
                failure ??= ExceptionDispatchInfo.Capture(fatal);
                await round.CancelAsync().ConfigureAwait(false);
            }
        }

        failure?.Throw();
        return cancellationToken.IsCancellationRequested ? GatewayRecovery.Stopped : result;
    }

    private ReconnectBackoff NewBackoff() => new(
        TimeSpan.FromMilliseconds(_options.ReconnectDelayMilliseconds),
        TimeSpan.FromMilliseconds(Math.Max(_options.MaxReconnectDelayMilliseconds, _options.ReconnectDelayMilliseconds)),
        Random.Shared.NextDouble);
}
