namespace PaperBot.Core.Papers;

/// <summary>
/// What a search is narrowed to: arXiv categories (a paper in any of them; a value ending in "." such as <c>cs.</c> is a
/// prefix) and a range of publication dates, both ends included. Papers without a date never pass a date bound.
/// </summary>
public sealed record SearchFilter
{
    public static readonly SearchFilter None = new();

    public IReadOnlyList<string> Categories { get; init; } = [];

    public DateOnly? Since { get; init; }

    public DateOnly? Until { get; init; }

    public bool IsEmpty => Categories.Count == 0 && Since is null && Until is null;
}
