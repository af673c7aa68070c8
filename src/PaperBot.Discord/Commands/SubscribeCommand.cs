using System.Globalization;
using PaperBot.Core.Highlights;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Interactions;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Commands;

/// <summary><c>/subscribe channel time timezone [topic] [count] [skip_empty]</c>: daily highlights for a channel (Manage Channels).</summary>
internal sealed class SubscribeCommand(ISubscriptionStore subscriptions) : ISlashCommand
{
    public const string ManageChannelsBits = "16";

    public CommandDefinition Definition { get; } = new()
    {
        Name = "subscribe",
        Description = "Post the day's best papers to a channel every day (needs Manage Channels)",
        Type = 1,
        Contexts = OptionShapes.ServersOnly,
        DefaultMemberPermissions = ManageChannelsBits,
        Options =
        [
            new CommandOption { Type = CommandOptionType.Channel, Name = "channel", Description = "Where to post", Required = true, ChannelTypes = [0, 5] },
            OptionShapes.Text("time", "Time of day to post, HH:MM in 24-hour time, e.g. 09:00", required: true, maxLength: 5),
            OptionShapes.Text("timezone", "Your time zone, e.g. Europe/Berlin or America/New_York", required: true, maxLength: 64, autocomplete: true),
            OptionShapes.Text("topic", "Only papers about this (default: all papers)", required: false, maxLength: 200),
            OptionShapes.Count("How many papers per post (default 5)", max: 10),
            new CommandOption { Type = CommandOptionType.Boolean, Name = "skip_empty", Description = "Post nothing on days without new papers (default: a short note)" },
        ],
    };

    public bool IsPrivate => true;

    public async Task<Reply> ExecuteAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        if (invocation.GuildId is not { } guild)
        {
            return Reply.Private("Subscriptions belong to a server's channels: use /subscribe in a server.");
        }


        if (SubscriptionRules.ParseTime(invocation.GetString("time"), out var at) is { } timeError)
        {
            return Reply.Private(timeError);
        }

        var channel = invocation.GetId("channel") ?? invocation.Interaction.ChannelId?.ToString() ?? "";
        if (!invocation.InvokerCanManageChannel(channel))
        {
            return Reply.Private("Only members with Manage Channels for that channel can subscribe it to highlights.");
        }

        var topic = invocation.GetString("topic") is { Length: > 0 } t ? t.Trim() : null;
        var count = (int)(invocation.GetInteger("count") ?? PaperMessages.PageSize);
        var zone = invocation.GetString("timezone")?.Trim() ?? "";
        var request = new SubscriptionRequest(guild, channel, at, zone, topic, count, invocation.GetBoolean("skip_empty") ?? false);
        if (SubscriptionRules.Validate(request) is { } invalid)
        {
            return Reply.Private(invalid);
        }

        var saved = await subscriptions.SaveAsync(request, cancellationToken).ConfigureAwait(false);
        var about = saved.Topic is null ? "" : $" on \"{saved.Topic}\"";
        return Reply.Private(string.Create(CultureInfo.InvariantCulture,
            $"<#{saved.ChannelId}> gets the {saved.Count} best papers{about} every day at {saved.PostAt:HH\\:mm} {saved.TimeZoneId}."));
    }

    public Task<IReadOnlyList<AutocompleteChoice>> CompleteAsync(CommandInvocation invocation, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AutocompleteChoice>>(invocation.Focused?.Name == "timezone"
            ? TimeZoneChoices.Match(invocation.FocusedText).Take(DiscordLimits.AutocompleteChoices).Select(id => new AutocompleteChoice(id, id)).ToList()
            : []);
}
