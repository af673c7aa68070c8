using PaperBot.Discord.Json;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Rest;

/// <summary>
/// The Discord REST calls PaperBot makes. Implementations handle authentication, rate limits (per-route buckets,
/// global, 429s) and retries on 5xx/transport errors; failures that retrying cannot fix throw <see cref="DiscordApiException"/>.
/// </summary>
internal interface IDiscordRest
{
    Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken);

    /// <summary>The first answer to an interaction (within 3 s of receipt). Never retried after a 4xx: 40060/10062 throw.</summary>
    Task CreateInteractionResponseAsync(Snowflake interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken);

    /// <summary>
    /// The first answer, asking Discord for what it created (<c>?with_response=true</c>): the message of a type-4 answer,
    /// null when the callback creates none. Never retried after a 4xx, like <see cref="CreateInteractionResponseAsync"/>.
    /// </summary>
    Task<Message?> CreateInteractionResponseWithMessageAsync(Snowflake interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken);

    /// <summary>Edits the first answer (how a deferred answer is completed).</summary>
    Task<Message> EditOriginalResponseAsync(Snowflake applicationId, string interactionToken, MessagePayload payload, CancellationToken cancellationToken);

    Task<Message> CreateFollowupAsync(Snowflake applicationId, string interactionToken, MessagePayload payload, CancellationToken cancellationToken);

    Task<Message> CreateMessageAsync(Snowflake channelId, MessagePayload payload, CancellationToken cancellationToken);

    /// <summary>Opens (or finds) the DM channel with a user: <c>POST /users/@me/channels</c>.</summary>
    Task<Channel> CreateDmAsync(Snowflake recipientId, CancellationToken cancellationToken);

    Task TriggerTypingAsync(Snowflake channelId, CancellationToken cancellationToken);

    /// <summary>The registered commands: global when <paramref name="guildId"/> is null, else that guild's.</summary>
    Task<IReadOnlyList<CommandDefinition>> GetCommandsAsync(Snowflake applicationId, Snowflake? guildId, CancellationToken cancellationToken);

    Task<IReadOnlyList<CommandDefinition>> BulkOverwriteCommandsAsync(Snowflake applicationId, Snowflake? guildId, IReadOnlyList<CommandDefinition> commands, CancellationToken cancellationToken);
}
