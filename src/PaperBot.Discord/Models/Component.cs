namespace PaperBot.Discord.Models;

/// <summary>
/// A legacy message component: an action row (type 1, up to 5 buttons) or a button (type 2). Style 5 is a link
/// button (<see cref="Url"/>, no interaction); the others carry a <see cref="CustomId"/> of up to 100 characters.
/// </summary>
internal sealed record Component
{
    public const int ActionRowType = 1;
    public const int ButtonType = 2;
    public const int PrimaryStyle = 1;
    public const int SecondaryStyle = 2;
    public const int LinkStyle = 5;

    public int Type { get; init; }

    public IReadOnlyList<Component>? Components { get; init; }

    public int? Style { get; init; }

    public string? Label { get; init; }

    public string? CustomId { get; init; }

    public string? Url { get; init; }

    public bool? Disabled { get; init; }

    public static Component Row(params IReadOnlyList<Component> buttons) => new() { Type = ActionRowType, Components = buttons };

    public static Component Button(string label, string customId, int style = SecondaryStyle) =>
        new() { Type = ButtonType, Style = style, Label = label, CustomId = customId };

    public static Component Link(string label, string url) => new() { Type = ButtonType, Style = LinkStyle, Label = label, Url = url };
}
