using PaperBot.Discord.Json;

namespace PaperBot.Discord.Models;

/// <summary>A Discord user (the parts PaperBot reads).</summary>
internal sealed record User
{
    public Snowflake Id { get; init; }

    public string Username { get; init; } = "";

    public string? GlobalName { get; init; }

    public bool? Bot { get; init; }

    public string DisplayName => GlobalName ?? Username;
}
