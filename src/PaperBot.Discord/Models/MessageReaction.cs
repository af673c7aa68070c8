using PaperBot.Discord.Json;

namespace PaperBot.Discord.Models;

/// <summary>
/// A reaction added or removed (MESSAGE_REACTION_ADD / MESSAGE_REACTION_REMOVE). <see cref="Member"/> and
/// <see cref="GuildId"/> are absent in DMs and on removal; <see cref="MessageAuthorId"/> comes with additions only.
/// </summary>
internal sealed record MessageReaction
{
    public Snowflake UserId { get; init; }

    public Snowflake ChannelId { get; init; }

    public Snowflake MessageId { get; init; }

    public Snowflake? GuildId { get; init; }

    public GuildMember? Member { get; init; }

    public ReactionEmoji? Emoji { get; init; }

    /// <summary>Who wrote the message reacted to (additions only): tells PaperBot's own messages apart without a lookup.</summary>
    public Snowflake? MessageAuthorId { get; init; }
}
