using System.Text.Json;

namespace PaperBot.Discord.Gateway;

/// <summary>
/// One dispatch (op 0) as the gateway hands it to PaperBot: the event name (<c>READY</c>, <c>INTERACTION_CREATE</c>,
/// <c>MESSAGE_CREATE</c>, ...), its data, and when it arrived (for acknowledgement deadlines).
/// </summary>
public sealed record GatewayDispatch(string Type, JsonElement Data, long ReceivedTimestamp);
