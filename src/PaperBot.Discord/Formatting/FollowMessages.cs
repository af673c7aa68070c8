using System.Globalization;
using System.Text;
using PaperBot.Core.Follows;
using PaperBot.Core.Library;

namespace PaperBot.Discord.Formatting;

/// <summary>How follows, digests and "for you" read in Discord.</summary>
internal static class FollowMessages
{
    private const int TitleLength = 150;

    /// <summary>A digest as one DM: a numbered list of links (no previews), each with the follows it matches.</summary>
    public static string Digest(Digest digest)
    {
        var text = new StringBuilder();
        var period = digest.Period == DigestPeriod.Daily ? "daily" : "weekly";
        text.Append(CultureInfo.InvariantCulture, $"**Your {period} PaperBot digest** ({digest.PeriodKey}): {digest.Items.Count} new paper{(digest.Items.Count == 1 ? "" : "s")} matching your follows\n");
        for (var i = 0; i < digest.Items.Count; i++)
        {
            var item = digest.Items[i];
            var title = Text.Escape(Text.Cut(item.Title, TitleLength));
            var link = item.Url is { } url ? $"[{title}](<{url}>)" : $"{title} (#{item.PaperId.ToString(CultureInfo.InvariantCulture)})";
            text.Append(CultureInfo.InvariantCulture, $"{i + 1}. {link} — {Text.Escape(string.Join(", ", item.Matches))}\n");
        }

        text.Append("-# /follow list shows your follows; /unfollow stops one.");
        return Text.Cut(text.ToString(), DiscordLimits.Content);
    }

    /// <summary>The member's follows, one a line, and why digests are paused when they are.</summary>
    public static string List(IReadOnlyList<Follow> follows, bool canDm)
    {
        if (follows.Count == 0)
        {
            return "You follow nothing yet: `/follow author name` or `/follow topic words`.";
        }

        var text = new StringBuilder($"You follow {follows.Count} of at most {FollowRules.MaxFollows}:\n");
        foreach (var follow in follows)
        {
            text.Append(CultureInfo.InvariantCulture, $"• {Text.Escape(follow.Describe())}");
            text.Append(follow.PausedReason is { } reason ? $" — paused: {reason}\n" : "\n");
        }

        if (!canDm)
        {
            text.Append("-# Digests come as Discord DMs; here they are stored and listed only.");
        }

        return Text.Cut(text.ToString().TrimEnd(), DiscordLimits.Content);
    }

    /// <summary>"For you" as a numbered list with the why under each paper.</summary>
    public static string ForYou(ForYouResult result)
    {
        if (result.SavedCount == 0)
        {
            return ForYouResult.EmptyLibrary;
        }

        if (result.Items.Count == 0)
        {
            return "Nothing new close to your saved papers yet: /save more, or try again after new papers arrive.";
        }

        var text = new StringBuilder(result.ByMeaning
            ? "**For you**, by meaning, from your saved papers:\n"
            : "**For you**, by words (no paper vectors here to compare meaning), from your saved papers:\n");
        for (var i = 0; i < result.Items.Count; i++)
        {
            var item = result.Items[i];
            var title = Text.Escape(Text.Cut(item.Title, TitleLength));
            text.Append(CultureInfo.InvariantCulture, $"{i + 1}. {(item.Url is { } url ? $"[{title}](<{url}>)" : title)}\n   {Text.Escape(item.Why)}\n");
        }

        return Text.Cut(text.ToString().TrimEnd(), DiscordLimits.Content);
    }
}
