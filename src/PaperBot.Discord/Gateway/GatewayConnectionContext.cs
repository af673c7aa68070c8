using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace PaperBot.Discord.Gateway;

/// <summary>What every connection of one shard shares; the identify limiter and stats are shared by all shards.</summary>
internal sealed record GatewayConnectionContext(
    string Token,
    int Intents,
    TimeSpan InitialReconnectDelay,
    TimeProvider Time,
    ILogger Logger,
    ChannelWriter<GatewayDispatch> Dispatches,
    IdentifyLimiter IdentifyLimiter,
    GatewayStats Stats,
    ShardId Shard,
    ShardStatus Status);
