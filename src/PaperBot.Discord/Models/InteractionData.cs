using PaperBot.Discord.Json;

namespace PaperBot.Discord.Models;

/// <summary>Command data (types 2 and 4) or component data (type 3); the unused half stays null.</summary>
internal sealed record InteractionData
{
    public Snowflake? Id { get; init; }

    public string? Name { get; init; }

    public int? Type { get; init; }

    public IReadOnlyList<InteractionOption>? Options { get; init; }

    public string? CustomId { get; init; }

    public int? ComponentType { get; init; }

    public IReadOnlyList<string>? Values { get; init; }

    public InteractionResolved? Resolved { get; init; }
}
