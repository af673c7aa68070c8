using PaperBot.Core.Highlights;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Interactions;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Commands;

/// <summary><c>/unsubscribe channel [topic]</c>: stop a channel's highlights (Manage Channels).</summary>
internal sealed class UnsubscribeCommand(ISubscriptionStore subscriptions) : ISlashCommand
{
    public CommandDefinition Definition { get; } = new()
    {
        Name = "unsubscribe",
        Description = "Stop posting highlights to a channel (needs Manage Channels)",
        Type = 1,
        Contexts = OptionShapes.ServersOnly,
        DefaultMemberPermissions = SubscribeCommand.ManageChannelsBits,
        Options =
        [
            new CommandOption { Type = CommandOptionType.Channel, Name = "channel", Description = "The channel", Required = true, ChannelTypes = [0, 5] },
            OptionShapes.Text("topic", "Only the subscription on this topic (default: all of the channel's)", required: false, maxLength: 200),
        ],
    };

    public bool IsPrivate => true;

    public async Task<Reply> ExecuteAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var channel = invocation.GetId("channel") ?? "";
        if (invocation.GuildId is not { } guild || !invocation.InvokerCanManageChannel(channel))
        {
            return Reply.Private("Only members with Manage Channels for that channel can change its highlights.");
        }

        var topic = invocation.GetString("topic") is { Length: > 0 } t ? t.Trim() : null;
        var removed = await subscriptions.RemoveAsync(guild, channel, topic, cancellationToken).ConfigureAwait(false);
        return Reply.Private(removed == 0
            ? $"<#{channel}> has no highlights subscription{(topic is null ? "" : $" on \"{Text.Cut(topic, 100)}\"")}. See `/subscriptions`."
            : $"Stopped {removed} highlights subscription{(removed == 1 ? "" : "s")} in <#{channel}>.");
    }
}
