namespace PaperBot.Core.Highlights;

/// <summary>
/// What a daily post contains. <see cref="Items"/> may be empty: the day had nothing new (the post then says so,
/// unless the subscription skips empty days).
/// </summary>
public sealed record HighlightPost(DateOnly Day, string? Topic, IReadOnlyList<HighlightItem> Items)
{
    public bool IsEmpty => Items.Count == 0;
}
