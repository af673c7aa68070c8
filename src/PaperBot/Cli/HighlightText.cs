using System.Globalization;
using System.Text;
using PaperBot.Core.Highlights;

namespace PaperBot.Cli;

/// <summary>How a highlights post reads in a terminal and in the local shell, and the subscriptions list.</summary>
internal static class HighlightText
{
    public static string Post(HighlightPost post)
    {
        var about = post.Topic is null ? "" : $" on \"{post.Topic}\"";
        if (post.IsEmpty)
        {
            return $"Nothing new on {post.Day:yyyy-MM-dd}{about}.{Environment.NewLine}";
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Highlights of {post.Day:yyyy-MM-dd}{about}:").AppendLine();
        for (var i = 0; i < post.Items.Count; i++)
        {
            var item = post.Items[i];
            text.Append(CultureInfo.InvariantCulture, $"{i + 1,2}. {item.Title}").AppendLine();
            text.Append("    #").Append(item.PaperId);
            if (item.Upvotes is { } upvotes)
            {
                text.Append(CultureInfo.InvariantCulture, $" · {upvotes} upvotes");
            }

            if (item.ArxivId is { } arxiv)
            {
                text.Append(" · arXiv:").Append(arxiv);
            }

            if (item.GithubUrl is { } github)
            {
                text.Append(" · ").Append(github);
            }

            text.AppendLine();
            text.Append("    ").Append(item.Blurb).AppendLine();
        }

        return text.ToString();
    }

    public static string Subscriptions(IReadOnlyList<Subscription> subscriptions)
    {
        if (subscriptions.Count == 0)
        {
            return $"No subscriptions. Add one with /subscribe CHANNEL_ID HH:MM ZONE [count] [topic].{Environment.NewLine}";
        }

        var text = new StringBuilder();
        foreach (var s in subscriptions)
        {
            text.AppendLine(Subscription(s));
        }

        return text.ToString();
    }

    public static string Subscription(Subscription s)
    {
        var line = new StringBuilder();
        line.Append(CultureInfo.InvariantCulture, $"#{s.Id} channel {s.ChannelId}: {s.PostAt:HH:mm} {s.TimeZoneId}, {s.Count} paper{(s.Count == 1 ? "" : "s")}");
        if (s.Topic is { } topic)
        {
            line.Append(CultureInfo.InvariantCulture, $" on \"{topic}\"");
        }

        if (s.SkipEmptyDays)
        {
            line.Append(", skipping empty days");
        }

        if (s.PausedReason is { } reason)
        {
            line.Append(CultureInfo.InvariantCulture, $" (paused: {reason}; /subscribe again to resume)");
        }

        return line.ToString();
    }
}
