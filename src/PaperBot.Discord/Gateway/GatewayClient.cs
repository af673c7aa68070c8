using System.Net.WebSockets;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Discord.Rest;

namespace PaperBot.Discord.Gateway;

/// <summary>
/// <see cref="IDiscordGateway"/> over <see cref="ClientWebSocket"/>: one loop owns the connection, resumes when the
/// session survives, identifies when it does not, backs off between failed attempts and stops on fatal close codes.
/// </summary>
internal sealed class GatewayClient : IDiscordGateway
{
    private const int MaxFailedResumes = 3;
    private static readonly TimeSpan LimitCheckInterval = TimeSpan.FromMinutes(1);

    private readonly IDiscordRest _rest;
    private readonly DiscordOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Channel<GatewayDispatch> _dispatches = Channel.CreateUnbounded<GatewayDispatch>(new UnboundedChannelOptions { SingleWriter = true });
    private readonly IdentifyLimiter _identifyLimiter;
    private Uri? _gatewayUrl;
    private DateTimeOffset _limitCheckedAt = DateTimeOffset.MinValue;

    public GatewayClient(IDiscordRest rest, IOptions<DiscordOptions> options, TimeProvider time, ILogger<GatewayClient> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _rest = rest;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _identifyLimiter = new IdentifyLimiter(time);
        _gatewayUrl = _options.GatewayUrl;
    }

    public ChannelReader<GatewayDispatch> Dispatches => _dispatches.Reader;

    internal GatewayStats Stats { get; } = new();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var token = _options.Token is { Length: > 0 } t ? t : throw new InvalidOperationException("Discord:Token is not set; the gateway cannot connect.");
        var initialDelay = TimeSpan.FromMilliseconds(_options.ReconnectDelayMilliseconds);
        var context = new GatewayConnectionContext(token, GatewayFrames.Intents(_options.MessageContentIntent), initialDelay, _time, _logger,
            _dispatches.Writer, _identifyLimiter, Stats);
        var session = new GatewaySession();
        var backoff = new ReconnectBackoff(initialDelay, TimeSpan.FromMilliseconds(Math.Max(_options.MaxReconnectDelayMilliseconds, _options.ReconnectDelayMilliseconds)), Random.Shared.NextDouble);
        while (!cancellationToken.IsCancellationRequested)
        {
            if (session.CanResume && session.FailedResumes >= MaxFailedResumes)
            {
                Log.GatewayResumeAbandoned(_logger, session.FailedResumes);
                session.Clear();
            }

            var resume = session.CanResume;
            GatewayOutcome outcome;
            try
            {
                var url = resume ? session.ResumeUrl! : await PrepareIdentifyAsync(cancellationToken).ConfigureAwait(false);
                if (resume)
                {
                    session.FailedResumes++;
                }

                using var connection = new GatewayConnection(session, context);
                outcome = await connection.RunAsync(WithQuery(url), resume, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (DiscordApiException ex) when (ex.Code == DiscordErrorCodes.Unauthorized)
            {
                // GET /gateway/bot refused the token: as final as close code 4004, and reported the same way.
                Log.GatewayFatal(_logger, ex.Message);
                throw new GatewayFatalException(ex.Message, ex);
            }
            catch (Exception ex) when (ex is WebSocketException or HttpRequestException or IOException or OperationCanceledException
                                       || ex is DiscordApiException { Code: not DiscordErrorCodes.Unauthorized })
            {
                // The socket never opened: a dead resume URL means a new session; a dead gateway URL is asked for again.
                if (!resume && _options.GatewayUrl is null)
                {
                    _gatewayUrl = null;
                }

                outcome = new GatewayOutcome(GatewayRecovery.Identify, $"could not connect ({ex.GetType().Name})");
            }

            switch (outcome.Recovery)
            {
                case GatewayRecovery.Stopped:
                    return;
                case GatewayRecovery.Fatal:
                    Log.GatewayFatal(_logger, outcome.Reason);
                    throw new GatewayFatalException(outcome.CloseCode ?? 0, outcome.Reason);
                case GatewayRecovery.Identify:
                    session.Clear();
                    break;
            }

            if (outcome.ReachedReady)
            {
                backoff.Reset();
            }

            var delay = backoff.Next() + outcome.ExtraDelay;
            if (!outcome.ReachedReady && backoff.Attempt > 1)
            {
                Log.GatewayConnectFailed(_logger, outcome.Reason, (long)delay.TotalMilliseconds);
            }
            else
            {
                Log.GatewayReconnectDelay(_logger, (long)delay.TotalMilliseconds);
            }

            try
            {
                await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>
    /// The URL to identify on (cached; asked for again after a failed connection) and a check of the daily identify
    /// cap, at most once a minute: going over it makes Discord reset the bot token, so at zero we wait for the reset.
    /// </summary>
    private async Task<Uri> PrepareIdentifyAsync(CancellationToken cancellationToken)
    {
        if (_gatewayUrl is { } cached && _time.GetUtcNow() - _limitCheckedAt < LimitCheckInterval)
        {
            return cached;
        }

        var info = await _rest.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
        _limitCheckedAt = _time.GetUtcNow();
        _identifyLimiter.MaxConcurrency = info.SessionStartLimit.MaxConcurrency;
        _gatewayUrl ??= new Uri(info.Url);
        if (info.SessionStartLimit is { Total: > 0, Remaining: <= 0 } limit)
        {
            var wait = TimeSpan.FromMilliseconds(Math.Max(0, limit.ResetAfter));
            Log.GatewayIdentifyCapReached(_logger, (long)wait.TotalMilliseconds);
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            _limitCheckedAt = DateTimeOffset.MinValue;
        }

        return _gatewayUrl;
    }

    // Resume URLs come bare; every connection must ask for the same version and encoding.
    internal static Uri WithQuery(Uri url) => new UriBuilder(url) { Query = "v=10&encoding=json" }.Uri;
}
