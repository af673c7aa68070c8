using Microsoft.Extensions.Logging;
using PaperBot.Discord.Models;
using PaperBot.Discord.Rest;

namespace PaperBot.Discord.Gateway;

/// <summary>
/// What every shard asks <c>GET /gateway/bot</c> before identifying: the URL (cached; asked for again after a failed
/// connection), the identify concurrency, and the daily identify cap, checked at most once a minute. Going over the
/// cap makes Discord reset the bot token, so when too few identifies are left the shards wait for the reset.
/// </summary>
internal sealed class SessionStartGate(IDiscordRest rest, Uri? configuredUrl, IdentifyLimiter limiter, TimeProvider time, ILogger logger) : IDisposable
{
    private static readonly TimeSpan LimitCheckInterval = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly Uri? _configuredUrl = configuredUrl;
    private Uri? _gatewayUrl = configuredUrl;
    private DateTimeOffset _limitCheckedAt = DateTimeOffset.MinValue;

    /// <summary>Asks Discord now (for a new shard plan), waiting for the identify cap to reset when fewer than <paramref name="needed"/> remain.</summary>
    public async Task<GatewayBotInfo> RefreshAsync(int needed, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await FetchAsync(needed, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>The URL one shard identifies on, after checking (at most once a minute) that an identify is left.</summary>
    public async Task<Uri> PrepareIdentifyAsync(CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_gatewayUrl is null || time.GetUtcNow() - _limitCheckedAt >= LimitCheckInterval)
            {
                await FetchAsync(1, cancellationToken).ConfigureAwait(false);
            }

            return _gatewayUrl!;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>The socket did not open: unless an operator fixed the URL, ask Discord for it again.</summary>
    public void ForgetUrl()
    {
        if (_configuredUrl is null)
        {
            _gatewayUrl = null;
        }
    }

    public void Dispose() => _lock.Dispose();

    private async Task<GatewayBotInfo> FetchAsync(int needed, CancellationToken cancellationToken)
    {
        var info = await rest.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
        _limitCheckedAt = time.GetUtcNow();
        limiter.MaxConcurrency = info.SessionStartLimit.MaxConcurrency;
        _gatewayUrl ??= new Uri(info.Url);
        if (info.SessionStartLimit is { Total: > 0 } limit && limit.Remaining < needed)
        {
            var wait = TimeSpan.FromMilliseconds(Math.Max(0, limit.ResetAfter));
            Log.GatewayIdentifyCapReached(logger, limit.Remaining, needed, (long)wait.TotalMilliseconds);
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);

            // The cap has just reset: the shards waiting behind this check identify without asking again.
            _limitCheckedAt = time.GetUtcNow();
        }

        return info;
    }
}
