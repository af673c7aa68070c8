using System.Globalization;
using System.Text.Json;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Interactions;

/// <summary>A slash command or autocomplete as a handler sees it: typed option values and who asked where.</summary>
internal sealed class CommandInvocation(Interaction interaction)
{
    public Interaction Interaction => interaction;

    public string Name => interaction.Data?.Name ?? "";

    /// <summary>Where memory and "already posted" records are kept: the channel (a thread is a channel) or the DM.</summary>
    public string ConversationId => interaction.ChannelId?.ToString() ?? interaction.Invoker?.Id.ToString() ?? "unknown";

    public string? GuildId => interaction.GuildId?.ToString();

    /// <summary>The sub-command used (<c>list</c> of <c>/follow list</c>); null for a command without sub-commands.</summary>
    public string? Subcommand => interaction.Data?.Options?.FirstOrDefault(o => o.Type == CommandOptionType.SubCommand)?.Name;

    /// <summary>The option being typed (autocomplete only).</summary>
    public InteractionOption? Focused => Options().FirstOrDefault(o => o.Focused == true);

    public string? GetString(string name) =>
        Find(name)?.Value is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public long? GetInteger(string name) =>
        Find(name)?.Value is { ValueKind: JsonValueKind.Number } value && value.TryGetInt64(out var number) ? number : null;

    public bool? GetBoolean(string name) => Find(name)?.Value?.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>A channel option: its id.</summary>
    public string? GetId(string name) => Find(name)?.Value switch
    {
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        { ValueKind: JsonValueKind.Number } value => value.GetRawText(),
        _ => null,
    };

    /// <summary>Whether the invoker may manage channels (or the server) where the command was used; never true in DMs.</summary>
    public bool InvokerCanManageChannels => CanManage(interaction.Member?.Permissions);

    /// <summary>
    /// Whether the invoker may manage <paramref name="channelId"/>: their permissions in that channel (Discord resolves
    /// them with its overwrites), else where the command was used. Never true in DMs.
    /// </summary>
    public bool InvokerCanManageChannel(string channelId) =>
        interaction.Member is not null
        && (interaction.Data?.Resolved?.Channels?.GetValueOrDefault(channelId)?.Permissions is { } there ? CanManage(there) : InvokerCanManageChannels);

    public string FocusedText => Focused?.Value switch
    {
        { ValueKind: JsonValueKind.String } value => value.GetString() ?? "",
        { ValueKind: JsonValueKind.Number } value => value.GetRawText(),
        _ => "",
    };

    private static bool CanManage(string? permissions) =>
        permissions is not null && (Permissions.Has(permissions, Permissions.ManageChannels) || Permissions.Has(permissions, Permissions.ManageGuild));

    private InteractionOption? Find(string name) => Options().FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.Ordinal));

    // A sub-command's values are nested under it; other commands have one flat list.
    private IEnumerable<InteractionOption> Options() =>
        interaction.Data?.Options is { } options && options.FirstOrDefault(o => o.Type == CommandOptionType.SubCommand) is { } sub
            ? sub.Options ?? []
            : interaction.Data?.Options ?? [];

    public override string ToString() => Name.ToString(CultureInfo.InvariantCulture);
}
