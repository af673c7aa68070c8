using System.Globalization;
using PaperBot.Core.Highlights;
using PaperBot.Discord.Library;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Formatting;

/// <summary>A daily highlights post: a header with the date and topic, one embed per paper, Summarize / Similar / Save buttons.</summary>
internal static class HighlightMessages
{
    private const int Accent = 0x3BA55D;

    public static Reply Post(HighlightPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var day = post.Day.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
        var topic = post.Topic is { } t ? $" on \"{Text.Cut(t, 100)}\"" : "";
        if (post.IsEmpty)
        {
            return new Reply($"**Paper highlights for {day}**{topic}: nothing new today.");
        }

        var embeds = post.Items.Take(DiscordLimits.EmbedsPerMessage).Select((item, i) => Item(item, i + 1)).ToList();
        // Five rows of buttons at most; each row serves one paper.
        var rows = PaperMessages.Ranked(post.Items, i => i.PaperId).Take(5).Select(x => Component.Row(
            Component.Button($"Summarize {x.Rank}", ButtonIds.Summarize(x.Item.PaperId)),
            Component.Button($"Similar to {x.Rank}", ButtonIds.Similar(x.Item.PaperId)),
            Component.Button($"Save {x.Rank}", LibraryButtonIds.Save(x.Item.PaperId)))).ToList();
        return new Reply($"**Paper highlights for {day}**{topic}: {post.Items.Count} paper{(post.Items.Count == 1 ? "" : "s")}", embeds, rows)
        {
            ShownPaperIds = [.. post.Items.Select(i => i.PaperId)],
        };
    }

    private static Embed Item(HighlightItem item, int rank)
    {
        var links = PaperLinks.For(item.ArxivId, item.GithubUrl);
        var linkLine = links.Markdown();
        var blurb = Text.Cut(item.Blurb, 500);
        var footer = item.Upvotes is { } upvotes ? $"#{item.PaperId} · ▲ {upvotes}" : $"#{item.PaperId}";
        return new Embed
        {
            Title = Text.Cut($"{rank}. {item.Title}", DiscordLimits.EmbedTitle),
            Url = links.Arxiv,
            Description = linkLine.Length == 0 ? blurb : $"{blurb}\n{linkLine}",
            Color = Accent,
            Footer = new EmbedFooter(footer),
        };
    }
}
