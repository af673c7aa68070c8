using PaperBot.Discord.Json;

namespace PaperBot.Discord.Models;

/// <summary>An interaction (slash command, autocomplete, button) as INTERACTION_CREATE delivers it.</summary>
internal sealed record Interaction
{
    public Snowflake Id { get; init; }

    public Snowflake ApplicationId { get; init; }

    public InteractionType Type { get; init; }

    public InteractionData? Data { get; init; }

    public Snowflake? GuildId { get; init; }

    public Snowflake? ChannelId { get; init; }

    /// <summary>Present in guilds, with the invoker's channel permissions.</summary>
    public GuildMember? Member { get; init; }

    /// <summary>Present in DMs.</summary>
    public User? User { get; init; }

    /// <summary>The continuation token: valid 3 s for the first answer, 15 min for edits and follow-ups. Never logged.</summary>
    public string Token { get; init; } = "";

    /// <summary>For components: the message the button is on.</summary>
    public Message? Message { get; init; }

    /// <summary>The bot's own permissions in the channel, as a decimal string.</summary>
    public string? AppPermissions { get; init; }

    public string? Locale { get; init; }

    /// <summary>The most bytes the files of one answer may hold here (Discord's limit for this guild or DM).</summary>
    public long? AttachmentSizeLimit { get; init; }

    public User? Invoker => Member?.User ?? User;
}
