using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Models;
using PaperBot.Discord.Rest;

namespace PaperBot.Discord.Interactions;

/// <summary>
/// The one way PaperBot answers an interaction, exactly once: the reply itself when the work finishes in time,
/// otherwise a deferral ("thinking…") before Discord's 3-second deadline and then an edit of that first answer.
/// Long replies continue as follow-ups; failures become a friendly private line and a log entry.
/// </summary>
internal sealed class InteractionResponder(IDiscordRest rest, IOptions<DiscordOptions> options, TimeProvider time, ILogger<InteractionResponder> logger)
{
    /// <summary>
    /// Runs <paramref name="work"/> and answers <paramref name="interaction"/> with its reply. Returns the reply and,
    /// when it shows papers in the channel (not ephemeral), the messages that carry it, so reactions on them can count.
    /// </summary>
    /// <param name="receivedTimestamp">When the gateway received the interaction (<see cref="TimeProvider.GetTimestamp"/>): the deadline counts from there.</param>
    /// <param name="deferPrivately">Whether a deferred answer is ephemeral (an ephemeral state cannot change after the deferral).</param>
    public async Task<SentReply?> AnswerAsync(Interaction interaction, long receivedTimestamp, bool deferPrivately, Func<CancellationToken, Task<Reply>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(work);
        var running = RunSafelyAsync(interaction, work, cancellationToken);
        var wait = TimeSpan.FromMilliseconds(options.Value.DeferAfterMilliseconds) - time.GetElapsedTime(receivedTimestamp);
        var deferred = false;
        if (!running.IsCompleted)
        {
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var delay = wait > TimeSpan.Zero ? Task.Delay(wait, time, timer.Token) : Task.CompletedTask;
            if (await Task.WhenAny(running, delay).ConfigureAwait(false) != running)
            {
                deferred = await DeferAsync(interaction, deferPrivately, cancellationToken).ConfigureAwait(false);
                if (!deferred)
                {
                    return null;
                }
            }

            await timer.CancelAsync().ConfigureAwait(false);
        }

        var reply = await running.ConfigureAwait(false);
        var messages = await SendAsync(interaction, reply, deferred, deferPrivately, cancellationToken).ConfigureAwait(false);
        return new SentReply(reply, messages);
    }

    /// <summary>Answers an autocomplete with its choices (there is no deferred form: it must be fast).</summary>
    public async Task SuggestAsync(Interaction interaction, IReadOnlyList<AutocompleteChoice> choices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var data = new InteractionCallbackData { Choices = choices.Take(DiscordLimits.AutocompleteChoices).ToList() };
        await CallbackAsync(interaction, new InteractionResponse(InteractionCallbackType.ApplicationCommandAutocompleteResult, data), cancellationToken).ConfigureAwait(false);
    }

    private async Task<Reply> RunSafelyAsync(Interaction interaction, Func<CancellationToken, Task<Reply>> work, CancellationToken cancellationToken)
    {
        // Yield first so that a handler that blocks before its first await cannot hold up the deferral.
        await Task.Yield();
        try
        {
            return await work(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.InteractionFailed(logger, interaction.Data?.Name ?? interaction.Data?.CustomId ?? "?", interaction.Id.ToString(), failure);
            return FriendlyErrors.For(failure);
        }
    }

    private async Task<bool> DeferAsync(Interaction interaction, bool privately, CancellationToken cancellationToken)
    {
        var data = privately ? new InteractionCallbackData { Flags = MessageFlags.Ephemeral } : null;
        return await CallbackAsync(interaction, new InteractionResponse(InteractionCallbackType.DeferredChannelMessageWithSource, data), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends the reply; returns its messages when they show papers publicly (ephemeral ones cannot take reactions).</summary>
    private async Task<IReadOnlyList<Message>> SendAsync(Interaction interaction, Reply reply, bool deferred, bool deferredPrivately, CancellationToken cancellationToken)
    {
        var payloads = reply.ToPayloads();
        var first = payloads[0];
        var showsPapers = reply.ShownPaperIds.Count > 0 && (deferred ? !deferredPrivately : !reply.Ephemeral);
        var sent = new List<Message>();
        if (deferred)
        {
            // The deferral fixed the answer's visibility: an edit carries no flags, and the follow-ups match it.
            if (await EditOriginalOrApologizeAsync(interaction, first with { Flags = null }, cancellationToken).ConfigureAwait(false) is not { } edited)
            {
                return [];
            }

            sent.Add(edited);
            payloads = [.. payloads.Select(p => p with { Flags = deferredPrivately ? MessageFlags.Ephemeral : null })];
        }
        else
        {
            var data = new InteractionCallbackData { Content = first.Content, Embeds = first.Embeds, Components = first.Components, Flags = first.Flags, AllowedMentions = first.AllowedMentions, Files = first.Files };
            var response = new InteractionResponse(InteractionCallbackType.ChannelMessageWithSource, data);
            if (showsPapers)
            {
                // Discord returns the message it created only when asked; without its id reactions on it could not count.
                var (answered, message) = await CallbackWithMessageAsync(interaction, response, cancellationToken).ConfigureAwait(false);
                if (!answered)
                {
                    return [];
                }

                if (message is not null)
                {
                    sent.Add(message);
                }
            }
            else if (!await CallbackAsync(interaction, response, cancellationToken).ConfigureAwait(false))
            {
                return [];
            }
        }

        foreach (var more in payloads.Skip(1))
        {
            sent.Add(await rest.CreateFollowupAsync(interaction.ApplicationId, interaction.Token, more, cancellationToken).ConfigureAwait(false));
        }

        return showsPapers ? sent : [];
    }

    /// <summary>
    /// Completes a deferred answer. Should Discord refuse the reply (or be unreachable), the member still gets a line
    /// instead of "thinking…" forever; null then, and the failure is logged.
    /// </summary>
    private async Task<Message?> EditOriginalOrApologizeAsync(Interaction interaction, MessagePayload payload, CancellationToken cancellationToken)
    {
        try
        {
            return await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, payload, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is DiscordApiException or HttpRequestException or TimeoutException)
        {
            Log.InteractionFailed(logger, interaction.Data?.Name ?? interaction.Data?.CustomId ?? "?", interaction.Id.ToString(), failure);
            var apology = FriendlyErrors.For(failure).ToPayloads()[0] with { Flags = null };
            await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, apology, cancellationToken).ConfigureAwait(false);
            return null;
        }
    }

    /// <summary>The initial answer; false when Discord no longer takes one (too late), which is logged.</summary>
    private async Task<bool> CallbackAsync(Interaction interaction, InteractionResponse response, CancellationToken cancellationToken) =>
        (await CallbackAsync(interaction, response, withMessage: false, cancellationToken).ConfigureAwait(false)).Answered;

    /// <summary>Like <see cref="CallbackAsync(Interaction, InteractionResponse, CancellationToken)"/>, with the message Discord created (none when an earlier attempt made it).</summary>
    private Task<(bool Answered, Message? Message)> CallbackWithMessageAsync(Interaction interaction, InteractionResponse response, CancellationToken cancellationToken) =>
        CallbackAsync(interaction, response, withMessage: true, cancellationToken);

    private async Task<(bool Answered, Message? Message)> CallbackAsync(Interaction interaction, InteractionResponse response, bool withMessage, CancellationToken cancellationToken)
    {
        try
        {
            if (withMessage)
            {
                return (true, await rest.CreateInteractionResponseWithMessageAsync(interaction.Id, interaction.Token, response, cancellationToken).ConfigureAwait(false));
            }

            await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, response, cancellationToken).ConfigureAwait(false);
            return (true, null);
        }
        catch (DiscordApiException failure) when (failure.Code == DiscordErrorCodes.AlreadyAcknowledged)
        {
            // An earlier attempt reached Discord after all (e.g. its response was lost): the answer exists, go on from it.
            return (true, null);
        }
        catch (DiscordApiException failure) when (failure.Code == DiscordErrorCodes.UnknownInteraction)
        {
            Log.InteractionExpired(logger, interaction.Id.ToString(), time.GetUtcNow() - interaction.Id.CreatedAt);
            return (false, null);
        }
    }
}
