namespace PaperBot.Discord.Models;

/// <summary>The objects a command's id options point at (users, channels, ...); PaperBot reads the channels.</summary>
internal sealed record InteractionResolved
{
    public IReadOnlyDictionary<string, ResolvedChannel>? Channels { get; init; }
}
