using System.Text.Json;

namespace PaperBot.Discord.Models;

/// <summary>
/// One option of a command: a value (string, integer, number or boolean, so kept as JSON) or nested options
/// (sub-commands). In autocomplete the option being typed has <see cref="Focused"/> set and may be half-typed.
/// </summary>
internal sealed record InteractionOption
{
    public string Name { get; init; } = "";

    public CommandOptionType Type { get; init; }

    public JsonElement? Value { get; init; }

    public IReadOnlyList<InteractionOption>? Options { get; init; }

    public bool? Focused { get; init; }
}
