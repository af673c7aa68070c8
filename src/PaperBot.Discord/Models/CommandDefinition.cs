using PaperBot.Discord.Json;

namespace PaperBot.Discord.Models;

/// <summary>
/// A slash command as registered with Discord. <see cref="Id"/> and <see cref="Version"/> come back from Discord and
/// are not part of the definition when comparing.
/// </summary>
internal sealed record CommandDefinition
{
    public Snowflake? Id { get; init; }

    public string? Version { get; init; }

    public string Name { get; init; } = "";

    public string Description { get; init; } = "";

    public int? Type { get; init; }

    public IReadOnlyList<CommandOption>? Options { get; init; }

    /// <summary>Decimal permission bits a member needs to see the command; null for everyone.</summary>
    public string? DefaultMemberPermissions { get; init; }

    /// <summary>0 guild, 1 bot DM, 2 private channel (global commands only).</summary>
    public IReadOnlyList<int>? Contexts { get; init; }
}
