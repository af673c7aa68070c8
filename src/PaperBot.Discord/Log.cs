using Microsoft.Extensions.Logging;

namespace PaperBot.Discord;

/// <summary>
/// The Discord transport's log messages. Event ids: each project has its own thousand (the host 100-999, Data 1000s,
/// AI 2000s, Discord 3000s: here REST 3001-3019 and the gateway 3020-3099; the bot 3100-3139 in Log.Bot.cs, votes
/// 3140-3179, follows 3180-3199), so an id names one message across the whole app. Routes are logged as
/// templates (<c>POST /channels/{id}/messages</c>), so neither the bot token nor an interaction token can appear.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(3001, LogLevel.Warning, "Discord rate limited {Route} ({Scope}); waiting {DelayMs} ms")]
    public static partial void RateLimited(ILogger logger, string route, string scope, long delayMs);

    [LoggerMessage(3002, LogLevel.Warning, "Discord answered {Status} to {Route}; retry {Attempt} in {DelayMs} ms")]
    public static partial void ServerErrorRetry(ILogger logger, int status, string route, int attempt, long delayMs);

    [LoggerMessage(3003, LogLevel.Warning, "Request {Route} failed ({ExceptionType}); retry {Attempt} in {DelayMs} ms")]
    public static partial void TransportRetry(ILogger logger, string route, string exceptionType, int attempt, long delayMs);

    [LoggerMessage(3004, LogLevel.Warning, "Discord answered {Route} with a 429 that is not Discord's JSON (Cloudflare?); pausing requests for {DelayMs} ms")]
    public static partial void CloudflareLimited(ILogger logger, string route, long delayMs);

    [LoggerMessage(3005, LogLevel.Error, "Discord rejected the bot token (401 on {Route}); check Discord:Token")]
    public static partial void TokenRejected(ILogger logger, string route);

    [LoggerMessage(3006, LogLevel.Warning, "Discord answered {Count} requests with 401/403/429 in {Minutes} minutes; at 10,000 Cloudflare bans the IP for a while")]
    public static partial void ManyInvalidRequests(ILogger logger, int count, int minutes);

    [LoggerMessage(3020, LogLevel.Information, "Gateway shard {Shard} connecting to {Host} to {Mode}")]
    public static partial void GatewayConnecting(ILogger logger, int shard, string host, string mode);

    [LoggerMessage(3021, LogLevel.Information, "Gateway shard {Shard} of {Count} ready")]
    public static partial void GatewayReady(ILogger logger, int shard, int count);

    [LoggerMessage(3022, LogLevel.Information, "Gateway shard {Shard} resumed")]
    public static partial void GatewayResumed(ILogger logger, int shard);

    [LoggerMessage(3023, LogLevel.Warning, "Gateway shard {Shard} closed ({CloseCode}: {Reason}); will {Action}")]
    public static partial void GatewayClosed(ILogger logger, int shard, int closeCode, string reason, string action);

    [LoggerMessage(3024, LogLevel.Warning, "Gateway shard {Shard}: heartbeat not acknowledged; dropping the connection to resume")]
    public static partial void GatewayZombie(ILogger logger, int shard);

    [LoggerMessage(3025, LogLevel.Information, "Gateway asked shard {Shard} to reconnect")]
    public static partial void GatewayReconnectRequested(ILogger logger, int shard);

    [LoggerMessage(3026, LogLevel.Warning, "Gateway invalidated shard {Shard}'s session (resumable: {Resumable})")]
    public static partial void GatewayInvalidSession(ILogger logger, int shard, bool resumable);

    [LoggerMessage(3027, LogLevel.Warning, "Gateway shard {Shard}: connection ended early ({Reason}); next attempt in {DelayMs} ms")]
    public static partial void GatewayConnectFailed(ILogger logger, int shard, string reason, long delayMs);

    [LoggerMessage(3028, LogLevel.Critical, "Gateway stopped: {Reason}")]
    public static partial void GatewayFatal(ILogger logger, string reason);

    [LoggerMessage(3029, LogLevel.Warning, "Gateway shard {Shard}: resume failed {Count} time(s); starting a new session")]
    public static partial void GatewayResumeAbandoned(ILogger logger, int shard, int count);

    [LoggerMessage(3030, LogLevel.Debug, "Gateway shard {Shard} reconnecting in {DelayMs} ms")]
    public static partial void GatewayReconnectDelay(ILogger logger, int shard, long delayMs);

    [LoggerMessage(3031, LogLevel.Warning, "Discord's daily identify limit is used up ({Remaining} left, {Needed} needed); waiting {DelayMs} ms for it to reset (going over would reset the bot token)")]
    public static partial void GatewayIdentifyCapReached(ILogger logger, int remaining, int needed, long delayMs);

    [LoggerMessage(3032, LogLevel.Information, "Gateway starting {Running} of {Count} shard(s) ({Ids}; Discord recommends {Recommended}, identifies {MaxConcurrency} at a time)")]
    public static partial void GatewayShardsStarting(ILogger logger, int running, int count, string ids, int recommended, int maxConcurrency);

    [LoggerMessage(3033, LogLevel.Warning, "Discord requires more shards (4011 on shard {Shard} of {Count}): closing every shard and starting again with Discord's count")]
    public static partial void GatewayResharding(ILogger logger, int shard, int count);
}
