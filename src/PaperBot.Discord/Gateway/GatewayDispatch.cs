using System.Text.Json;

namespace PaperBot.Discord.Gateway;

/// <summary>
/// One dispatch (op 0) as the gateway hands it to PaperBot: the event name (<c>READY</c>, <c>INTERACTION_CREATE</c>,
/// <c>MESSAGE_CREATE</c>, ...), its data, when it arrived (for acknowledgement deadlines) and on which shard.
/// </summary>
internal sealed record GatewayDispatch(string Type, JsonElement Data, long ReceivedTimestamp, int Shard = 0);
