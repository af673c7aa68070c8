using Microsoft.Extensions.Logging;
using PaperBot.Core.Chat;
using PaperBot.Core.Library;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Library;
using PaperBot.Discord.Models;
using PaperBot.Discord.Votes;

namespace PaperBot.Discord.Interactions;

/// <summary>Routes an interaction to its command, autocomplete or button, and answers it through the responder, once.</summary>
internal sealed class InteractionDispatcher
{
    private readonly Dictionary<string, ISlashCommand> _commands;
    private readonly ButtonHandler _buttons;
    private readonly InteractionResponder _responder;
    private readonly WorkGate _gate;
    private readonly ILogger<InteractionDispatcher> _logger;
    private readonly IConversationStore? _conversations;
    private readonly PaperMessageLog? _paperMessages;
    private readonly IMemberChannels? _memberChannels;
    private readonly RecentIds _seen = new();

    /// <param name="conversations">Where the papers each reply shows are recorded for follow-ups; none in tests that do not need it.</param>
    /// <param name="paperMessages">Where the messages that show papers are recorded for votes and 🔖; none in tests that do not need it.</param>
    /// <param name="memberChannels">Where a member's DM channels are recorded, so /forget-me finds their conversations.</param>
    public InteractionDispatcher(
        IEnumerable<ISlashCommand> commands,
        ButtonHandler buttons,
        InteractionResponder responder,
        WorkGate gate,
        ILogger<InteractionDispatcher> logger,
        IConversationStore? conversations = null,
        PaperMessageLog? paperMessages = null,
        IMemberChannels? memberChannels = null)
    {
        _conversations = conversations;
        _paperMessages = paperMessages;
        _memberChannels = memberChannels;
        _commands = commands.ToDictionary(c => c.Definition.Name, StringComparer.Ordinal);
        _buttons = buttons;
        _responder = responder;
        _gate = gate;
        _logger = logger;
    }

    public async Task HandleAsync(Interaction interaction, long receivedTimestamp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (!_seen.TryAdd(interaction.Id.Value))
        {
            Log.Duplicate(_logger, "interaction", interaction.Id.ToString());
            return;
        }

        try
        {
            await RouteAsync(interaction, receivedTimestamp, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The responder already answered what it could; this is what it could not (Discord refused, or was unreachable).
            Log.InteractionFailed(_logger, interaction.Data?.Name ?? interaction.Data?.CustomId ?? "?", interaction.Id.ToString(), failure);
        }
    }

    private async Task RouteAsync(Interaction interaction, long receivedTimestamp, CancellationToken cancellationToken)
    {
        switch (interaction.Type)
        {
            case InteractionType.ApplicationCommandAutocomplete:
                await _responder.SuggestAsync(interaction, await CompleteAsync(interaction, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                break;
            case InteractionType.ApplicationCommand:
                var command = new CommandInvocation(interaction);
                await RecordDirectChannelAsync(command, cancellationToken).ConfigureAwait(false);
                _commands.TryGetValue(command.Name, out var handler);
                var answered = await _responder.AnswerAsync(interaction, receivedTimestamp, handler?.IsPrivate ?? true, ct => _gate.RunAsync(
                    t => RecordShownAsync(command, handler?.ExecuteAsync(command, t) ?? Task.FromResult(Reply.Private("PaperBot does not know that command any more; it will disappear shortly.")), t),
                    ct), cancellationToken).ConfigureAwait(false);
                await RecordPaperMessagesAsync(answered, cancellationToken).ConfigureAwait(false);
                break;
            case InteractionType.MessageComponent:
                var click = new CommandInvocation(interaction);
                // A library button's answer is the clicker's own business, even when it has to be deferred.
                var privately = LibraryButtonIds.IsLibrary(interaction.Data?.CustomId);
                var pressed = await _responder.AnswerAsync(interaction, receivedTimestamp, privately, ct => _gate.RunAsync(
                    t => RecordShownAsync(click, _buttons.HandleAsync(click, t), t), ct), cancellationToken).ConfigureAwait(false);
                await RecordPaperMessagesAsync(pressed, cancellationToken).ConfigureAwait(false);
                break;
            default:
                // Modals and pings are not used by PaperBot's commands.
                break;
        }
    }

    public IReadOnlyCollection<ISlashCommand> Commands => _commands.Values;

    /// <summary>
    /// The reply, once the papers it shows are recorded under the conversation id the chat memory uses for the channel.
    /// A private reply in a server channel is not recorded: the channel's "the second one" must not point at papers
    /// only one member saw (their /foryou, their library).
    /// </summary>
    private async Task<Reply> RecordShownAsync(CommandInvocation command, Task<Reply> replying, CancellationToken cancellationToken)
    {
        var reply = await replying.ConfigureAwait(false);
        if (_conversations is not null && reply.ShownPaperIds.Count > 0 && (!reply.Ephemeral || command.IsDirectMessage))
        {
            await _conversations.SetShownAsync(command.ConversationId, reply.ShownPaperIds, cancellationToken).ConfigureAwait(false);
        }

        return reply;
    }

    /// <summary>The messages of a public answer that shows papers, so 👍 and 🔖 on them count.</summary>
    private Task RecordPaperMessagesAsync(SentReply? sent, CancellationToken cancellationToken) =>
        _paperMessages is null || sent is null
            ? Task.CompletedTask
            : _paperMessages.RecordAsync(sent.PaperMessages, sent.Reply.ShownPaperIds, cancellationToken);

    /// <summary>A DM's conversation is kept under its channel id: remember whose DM it is, for /forget-me.</summary>
    private async Task RecordDirectChannelAsync(CommandInvocation command, CancellationToken cancellationToken)
    {
        if (_memberChannels is not null && command.IsDirectMessage && command.MemberId.Length > 0 && command.Interaction.ChannelId is { } channel)
        {
            await _memberChannels.RecordDirectAsync(command.MemberId, channel.ToString(), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Suggestions, or none when they fail: an empty list still answers the autocomplete.</summary>
    private async Task<IReadOnlyList<AutocompleteChoice>> CompleteAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var invocation = new CommandInvocation(interaction);
        if (!_commands.TryGetValue(invocation.Name, out var command))
        {
            return [];
        }

        try
        {
            return await command.CompleteAsync(invocation, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.InteractionFailed(_logger, invocation.Name, interaction.Id.ToString(), failure);
            return [];
        }
    }
}
