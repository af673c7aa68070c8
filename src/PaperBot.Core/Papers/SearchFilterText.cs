namespace PaperBot.Core.Papers;

/// <summary>
/// A search filter as a member typed it: categories (comma- or space-separated, <c>cs.</c> a prefix) and the two date
/// bounds (<c>2024-05-01</c>, <c>2024-05</c> or <c>2024</c>). <see cref="OptionPrefix"/> is how the front end names its
/// options in errors: <c>--</c> for the CLI and shell (<c>--since</c>), empty for Discord (<c>since</c>).
/// </summary>
public sealed record SearchFilterText(string? Categories, string? Since, string? Until, string OptionPrefix = "--")
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Categories) && string.IsNullOrWhiteSpace(Since) && string.IsNullOrWhiteSpace(Until);
}
