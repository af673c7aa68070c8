using System.Globalization;
using PaperBot.Core.Trends;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Formatting;

/// <summary>A trend as a Discord reply: the chart as an attachment shown in an embed that lists the top papers.</summary>
internal static class TrendMessages
{
    public const string ChartFileName = "trends.png";
    private const int Accent = 0xFFB000;

    public static Reply Chart(TopicTrend trend, byte[] png)
    {
        ArgumentNullException.ThrowIfNull(trend);
        var topic = Text.Cut(trend.Topic, 100);
        var lines = trend.TopPapers.Select((hit, i) =>
        {
            var links = PaperLinks.For(hit.ArxivId);
            var title = Text.Escape(Text.Cut(hit.Title, 200));
            var url = links.Arxiv ?? links.HuggingFace;
            var linked = url is null ? title : $"[{title}]({url})";
            var details = string.Join(" · ", new[]
            {
                hit.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                hit.Upvotes is { } upvotes ? $"▲ {upvotes}" : null,
                $"#{hit.Id}",
            }.OfType<string>());
            return $"{i + 1}. {linked} ({details})";
        });
        var period = $"{trend.From:yyyy-MM} to {trend.To:yyyy-MM-dd}";
        var embed = new Embed
        {
            Title = Text.Cut($"Papers on “{topic}” per month", DiscordLimits.EmbedTitle),
            Description = Text.Cut($"{trend.Summary()} ({period}).\n\n**Most upvoted:**\n{string.Join('\n', lines)}", DiscordLimits.EmbedDescription),
            Color = Accent,
            Image = new EmbedImage($"attachment://{ChartFileName}"),
        };
        return new Reply(null, [embed])
        {
            ShownPaperIds = [.. trend.TopPapers.Select(h => h.Id)],
            Files = [new MessageFile(ChartFileName, "image/png", png)],
        };
    }

    public static Reply Nothing(TopicTrend trend) =>
        Reply.Private($"No papers on \"{Text.Cut(trend.Topic, 100)}\" in the {trend.Months.Count} months to {trend.To:yyyy-MM-dd}. Try other words.");
}
