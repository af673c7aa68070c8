using PaperBot.Discord.Json;

namespace PaperBot.Discord.Models;

/// <summary>What a reply points at. PaperBot sends <see cref="FailIfNotExists"/> false so a deleted target degrades to a plain message.</summary>
internal sealed record MessageReference
{
    public Snowflake? MessageId { get; init; }

    public Snowflake? ChannelId { get; init; }

    public Snowflake? GuildId { get; init; }

    public bool? FailIfNotExists { get; init; }
}
