using PaperBot.Discord.Json;

namespace PaperBot.Discord.Models;

internal sealed record ReadyApplication
{
    public Snowflake Id { get; init; }

    public long Flags { get; init; }
}
