namespace PaperBot.Discord.Models;

/// <summary>A rich embed. Limits: title 256, description 4096, 25 fields, 6000 characters per message in all.</summary>
internal sealed record Embed
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    public string? Url { get; init; }

    public int? Color { get; init; }

    public IReadOnlyList<EmbedField>? Fields { get; init; }

    public EmbedFooter? Footer { get; init; }

    public EmbedImage? Image { get; init; }

    /// <summary>ISO 8601.</summary>
    public string? Timestamp { get; init; }
}
