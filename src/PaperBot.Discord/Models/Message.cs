using PaperBot.Discord.Json;

namespace PaperBot.Discord.Models;

/// <summary>A message (MESSAGE_CREATE, or one the REST API returns). <see cref="GuildId"/> is absent in DMs.</summary>
internal sealed record Message
{
    public Snowflake Id { get; init; }

    public Snowflake ChannelId { get; init; }

    public Snowflake? GuildId { get; init; }

    public User? Author { get; init; }

    public Snowflake? WebhookId { get; init; }

    public string Content { get; init; } = "";

    public IReadOnlyList<User>? Mentions { get; init; }

    public int Type { get; init; }

    public MessageReference? MessageReference { get; init; }

    /// <summary>For replies: the message replied to (absent: not fetched; null: deleted).</summary>
    public Message? ReferencedMessage { get; init; }

    public string? Nonce { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public IReadOnlyList<Component>? Components { get; init; }
}
