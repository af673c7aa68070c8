using System.Text.Json.Serialization;
using PaperBot.Discord.Gateway;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Json;

/// <summary>
/// Source-generated JSON for every Discord type: snake_case names, nulls left out (absent fields stay absent),
/// unknown fields ignored. Snowflakes carry their own string converter.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GatewayPayload))]
[JsonSerializable(typeof(ReadyEvent))]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(Message))]
[JsonSerializable(typeof(Channel))]
[JsonSerializable(typeof(DmChannelRequest))]
[JsonSerializable(typeof(GatewayBotInfo))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(MessagePayload))]
[JsonSerializable(typeof(CommandDefinition))]
[JsonSerializable(typeof(IReadOnlyList<CommandDefinition>))]
[JsonSerializable(typeof(List<CommandDefinition>))]
[JsonSerializable(typeof(DiscordError))]
[JsonSerializable(typeof(RateLimitBody))]
[JsonSerializable(typeof(List<Message>))]
[JsonSerializable(typeof(MessageReaction))]
[JsonSerializable(typeof(InteractionCallbackResponse))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
