using PaperBot.Discord.Json;

namespace PaperBot.Discord.Models;

/// <summary>A reaction's emoji: a Unicode emoji has only a <see cref="Name"/> (the emoji itself), a custom one an id too.</summary>
internal sealed record ReactionEmoji
{
    public Snowflake? Id { get; init; }

    public string? Name { get; init; }
}
