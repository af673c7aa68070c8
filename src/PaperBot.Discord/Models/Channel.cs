using PaperBot.Discord.Json;

namespace PaperBot.Discord.Models;

/// <summary>A channel as the REST API returns it; PaperBot reads only what it needs of a DM channel.</summary>
internal sealed record Channel
{
    public Snowflake Id { get; init; }

    /// <summary>1 for a DM.</summary>
    public int Type { get; init; }
}
