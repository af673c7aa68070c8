namespace PaperBot.Discord.Models;

/// <summary>Which mentions in a message may ping. PaperBot always sends <see cref="None"/>: paper titles and user text ping nobody.</summary>
internal sealed record AllowedMentions
{
    public static readonly AllowedMentions None = new();

    public IReadOnlyList<string> Parse { get; init; } = [];

    public bool RepliedUser { get; init; }
}
