using System.Globalization;
using System.Text;
using PaperBot.Core.Highlights;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Interactions;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Commands;

/// <summary><c>/subscriptions</c>: the server's highlights subscriptions, paused ones with the reason.</summary>
internal sealed class SubscriptionsCommand(ISubscriptionStore subscriptions) : ISlashCommand
{
    public CommandDefinition Definition { get; } = new()
    {
        Name = "subscriptions",
        Description = "List this server's daily highlights subscriptions (needs Manage Channels)",
        Type = 1,
        Contexts = OptionShapes.ServersOnly,
        DefaultMemberPermissions = SubscribeCommand.ManageChannelsBits,
    };

    public bool IsPrivate => true;

    public async Task<Reply> ExecuteAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        if (invocation.GuildId is not { } guild || !invocation.InvokerCanManageChannels)
        {
            return Reply.Private("Only members with Manage Channels can see a server's highlights subscriptions.");
        }

        var list = await subscriptions.ListAsync(guild, cancellationToken).ConfigureAwait(false);
        if (list.Count == 0)
        {
            return Reply.Private("No channel here gets daily highlights yet. Start with `/subscribe`.");
        }

        var text = new StringBuilder("**Daily highlights in this server**\n");
        foreach (var s in list.OrderBy(s => s.ChannelId, StringComparer.Ordinal).ThenBy(s => s.PostAt))
        {
            text.Append(CultureInfo.InvariantCulture, $"<#{s.ChannelId}> at {s.PostAt:HH\\:mm} {s.TimeZoneId}, {s.Count} papers");
            text.Append(s.Topic is null ? "" : $" on \"{Text.Cut(s.Topic, 100)}\"");
            text.Append(s.SkipEmptyDays ? ", skips empty days" : "");
            text.Append(s.PausedReason is { } reason ? $" — **paused**: {reason} (fix it, then /subscribe again)" : "");
            text.Append('\n');
        }

        return Reply.Private(text.ToString());
    }
}
