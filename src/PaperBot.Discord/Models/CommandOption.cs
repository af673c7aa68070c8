namespace PaperBot.Discord.Models;

/// <summary>An option of a slash command. Required options come before optional ones.</summary>
internal sealed record CommandOption
{
    public CommandOptionType Type { get; init; }

    public string Name { get; init; } = "";

    public string Description { get; init; } = "";

    public bool? Required { get; init; }

    public bool? Autocomplete { get; init; }

    public IReadOnlyList<CommandChoice>? Choices { get; init; }

    public double? MinValue { get; init; }

    public double? MaxValue { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    public IReadOnlyList<int>? ChannelTypes { get; init; }

    public IReadOnlyList<CommandOption>? Options { get; init; }
}
