using PaperBot.Core.Highlights;

namespace PaperBot.Cli;

/// <summary><c>highlights --json</c>: the day, the topic, and the papers in the order a post would show them.</summary>
internal sealed record HighlightsJson(string Date, string? Topic, IReadOnlyList<HighlightItemJson> Items)
{
    public static HighlightsJson From(HighlightPost post) => new(
        post.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        post.Topic,
        post.Items.Select(HighlightItemJson.From).ToList());
}
