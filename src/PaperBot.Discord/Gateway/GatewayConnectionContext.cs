using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace PaperBot.Discord.Gateway;

/// <summary>What every connection of one <see cref="GatewayClient"/> shares.</summary>
internal sealed record GatewayConnectionContext(
    string Token,
    int Intents,
    TimeSpan InitialReconnectDelay,
    TimeProvider Time,
    ILogger Logger,
    ChannelWriter<GatewayDispatch> Dispatches,
    IdentifyLimiter IdentifyLimiter,
    GatewayStats Stats);
