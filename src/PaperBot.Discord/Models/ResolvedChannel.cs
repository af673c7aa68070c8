using PaperBot.Discord.Json;

namespace PaperBot.Discord.Models;

/// <summary>A channel named in a command's options. <see cref="Permissions"/> are the invoker's there, overwrites applied.</summary>
internal sealed record ResolvedChannel
{
    public Snowflake Id { get; init; }

    public int Type { get; init; }

    public string? Permissions { get; init; }
}
