using System.Globalization;
using System.Text;
using PaperBot.Core.Trends;

namespace PaperBot.Cli;

/// <summary>A trend for a terminal (the <c>trends</c> verb and the shell's <c>/trends</c>), and the chart's default file name.</summary>
internal static class TrendText
{
    /// <summary>"trends-llm-inference.png": the topic's letters and digits, lower-cased, other runs as one dash.</summary>
    public static string FileName(string topic)
    {
        var slug = new StringBuilder(topic.Length);
        foreach (var c in topic.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString(0, Math.Min(slug.Length, 60)).Trim('-');
        return $"trends-{(text.Length == 0 ? "topic" : text)}.png";
    }

    /// <summary>The chart's path (when one was written), the summary line and the most upvoted papers.</summary>
    public static string Format(TopicTrend trend, string? chartPath)
    {
        var text = new StringBuilder();
        if (chartPath is not null)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Chart: {chartPath}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"Papers on \"{trend.Topic}\" from {trend.From:yyyy-MM-dd} to {trend.To:yyyy-MM-dd}: {trend.Summary()}.");
        if (trend.Total == 0)
        {
            return text.AppendLine("Nothing matched: no chart. Try other words.").ToString();
        }

        text.AppendLine(string.Join("  ", trend.Months.Select(m => $"{m.Label}: {m.Papers}")));
        text.AppendLine("Most upvoted:");
        foreach (var (hit, i) in trend.TopPapers.Select((h, i) => (h, i)))
        {
            var url = hit.ArxivId is { } id ? $"  https://arxiv.org/abs/{id}" : "";
            text.AppendLine(CultureInfo.InvariantCulture, $"  {i + 1}. [{hit.Id}] {hit.Title} ({hit.PublishedOn:yyyy-MM-dd}, {Upvotes(hit.Upvotes ?? 0)}){url}");
        }

        return text.ToString();
    }

    private static string Upvotes(int count) => count == 1 ? "1 upvote" : $"{count} upvotes";
}
