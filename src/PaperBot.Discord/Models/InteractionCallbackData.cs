namespace PaperBot.Discord.Models;

/// <summary>The data of an interaction callback: a message (types 4 and 7), flags only (5), or choices (8).</summary>
public sealed record InteractionCallbackData
{
    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public IReadOnlyList<Component>? Components { get; init; }

    /// <summary>Null for autocomplete results (type 8 takes choices only); otherwise always sent.</summary>
    public AllowedMentions? AllowedMentions { get; init; }

    public int? Flags { get; init; }

    public IReadOnlyList<AutocompleteChoice>? Choices { get; init; }
}
