using System.Globalization;
using PaperBot.Cli;
using PaperBot.Core.Highlights;

namespace PaperBot.Shell;

/// <summary>
/// <c>/subscribe</c>, <c>/unsubscribe</c> and <c>/subscriptions</c> in the local shell, so the operator can manage daily
/// highlights without Discord. Subscriptions made here belong to the guild <see cref="GuildId"/>.
/// </summary>
internal sealed class ShellSubscriptions(ISubscriptionStore store)
{
    public const string GuildId = "local";

    private const string SkipEmptyFlag = "--skip-empty";
    private const int DefaultCount = 5;

    /// <summary><c>/subscribe CHANNEL_ID HH:MM ZONE [count] [topic...] [--skip-empty]</c>.</summary>
    public async Task<string> SubscribeAsync(string argument, CancellationToken cancellationToken)
    {
        var words = argument.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var skipEmpty = words.RemoveAll(w => w.Equals(SkipEmptyFlag, StringComparison.OrdinalIgnoreCase)) > 0;
        if (words.Count < 3)
        {
            return ShellCommand.Usage("/subscribe");
        }

        if (SubscriptionRules.ParseTime(words[1], out var postAt) is { } timeError)
        {
            return Line(timeError);
        }

        var count = DefaultCount;
        var topicStart = 3;
        if (words.Count > 3 && int.TryParse(words[3], NumberStyles.None, CultureInfo.InvariantCulture, out var given))
        {
            count = given;
            topicStart = 4;
        }

        var topic = words.Count > topicStart ? string.Join(' ', words.Skip(topicStart)) : null;
        var request = new SubscriptionRequest(GuildId, words[0], postAt, words[2], topic, count, skipEmpty);
        if (SubscriptionRules.Validate(request) is { } error)
        {
            return Line(error);
        }

        var saved = await store.SaveAsync(request, cancellationToken);
        return Line($"Subscribed: {HighlightText.Subscription(saved)}");
    }

    /// <summary><c>/unsubscribe CHANNEL_ID [topic...]</c>: the one on that topic, or every subscription of the channel.</summary>
    public async Task<string> UnsubscribeAsync(string argument, CancellationToken cancellationToken)
    {
        var space = argument.IndexOf(' ');
        var channel = space < 0 ? argument : argument[..space];
        if (channel.Length == 0)
        {
            return ShellCommand.Usage("/unsubscribe");
        }

        var topic = space < 0 ? null : SubscriptionRules.NormalizeTopic(argument[(space + 1)..]);
        var removed = await store.RemoveAsync(GuildId, channel, topic, cancellationToken);
        var what = topic is null ? $"channel {channel}" : $"channel {channel} on \"{topic}\"";
        return Line(removed == 0
            ? $"No subscription for {what}. /subscriptions lists them."
            : $"Removed {removed} subscription{(removed == 1 ? "" : "s")} for {what}.");
    }

    public async Task<string> ListAsync(CancellationToken cancellationToken) =>
        HighlightText.Subscriptions(await store.ListAsync(GuildId, cancellationToken));

    private static string Line(string text) => text + Environment.NewLine;
}
