using Microsoft.Extensions.Logging;
using PaperBot.Core.Chat;
using PaperBot.Core.Library;
using PaperBot.Discord.Bot;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Interactions;
using PaperBot.Discord.Json;
using PaperBot.Discord.Models;
using PaperBot.Discord.Rest;
using PaperBot.Discord.Votes;

namespace PaperBot.Discord.Chat;

/// <summary>
/// Answers a mention, a reply or a DM in the same channel or thread, as a reply to the member's message, with the
/// typing indicator on while the assistant works. Memory is per channel (a thread is its own channel).
/// </summary>
internal sealed class ChatResponder(IAssistant assistant, IDiscordRest rest, BotIdentity identity, WorkGate gate, PaperMessageLog paperMessages, TimeProvider time, ILogger<ChatResponder> logger,
    IMemberChannels? memberChannels = null)
{
    private const string Hint = "Ask me about papers, e.g. \"what is new in speculative decoding?\", or try `/help`.";

    // Discord shows "typing" for 10 s after each call.
    private static readonly TimeSpan TypingRefresh = TimeSpan.FromSeconds(8);

    private readonly RecentIds _seen = new();

    public async Task HandleAsync(Message message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (identity.UserId is not { } bot || ChatRequest.QuestionIn(message, bot.Value) is not { } question)
        {
            return;
        }

        if (!_seen.TryAdd(message.Id.Value))
        {
            Log.Duplicate(logger, "message", message.Id.ToString());
            return;
        }

        try
        {
            // A DM's memory is kept under its channel id: remember whose DM it is, so /forget-me can find it.
            if (message.GuildId is null && memberChannels is not null && message.Author is { } author)
            {
                await memberChannels.RecordDirectAsync(author.Id.ToString(), message.ChannelId.ToString(), cancellationToken).ConfigureAwait(false);
            }

            Reply reply;
            if (question.Length == 0)
            {
                reply = new Reply(Hint);
            }
            else
            {
                using var typing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var indicator = KeepTypingAsync(message.ChannelId, typing.Token);
                try
                {
                    var answer = await gate.RunAsync(t => assistant.AskAsync(message.ChannelId.ToString(), question, t), cancellationToken).ConfigureAwait(false);
                    reply = PaperMessages.Answer(answer);
                }
                finally
                {
                    await typing.CancelAsync().ConfigureAwait(false);
                    await indicator.ConfigureAwait(false);
                }
            }

            await SendAsync(message, reply, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.ChatFailed(logger, message.ChannelId.ToString(), failure);
            await ApologizeAsync(message, failure, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>After typing, silence would be worse than a short apology; if even that fails, the log has it.</summary>
    private async Task ApologizeAsync(Message message, Exception failure, CancellationToken cancellationToken)
    {
        try
        {
            await SendAsync(message, new Reply(FriendlyErrors.For(failure).Content), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception again) when (again is DiscordApiException or HttpRequestException or TimeoutException)
        {
            Log.ChatFailed(logger, message.ChannelId.ToString(), again);
        }
    }

    private async Task SendAsync(Message message, Reply reply, CancellationToken cancellationToken)
    {
        var payloads = reply.ToPayloads();
        var sent = new List<Message>(payloads.Count);
        for (var i = 0; i < payloads.Count; i++)
        {
            // The nonce makes a retried send (after a timeout that did reach Discord) return the first message.
            var payload = payloads[i] with
            {
                Flags = null,
                Nonce = $"{message.Id}-{i}",
                EnforceNonce = true,
                MessageReference = i == 0 ? new MessageReference { MessageId = message.Id, FailIfNotExists = false } : null,
            };
            sent.Add(await rest.CreateMessageAsync(message.ChannelId, payload, cancellationToken).ConfigureAwait(false));
        }

        await paperMessages.RecordAsync(sent, reply.ShownPaperIds, cancellationToken).ConfigureAwait(false);
    }

    private async Task KeepTypingAsync(Snowflake channel, CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await rest.TriggerTypingAsync(channel, cancellationToken).ConfigureAwait(false);
                await Task.Delay(TypingRefresh, time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The answer is ready.
        }
        catch (DiscordApiException)
        {
            // The indicator is a nicety; the answer still goes out (or fails with its own log line).
        }
        catch (HttpRequestException)
        {
        }
    }
}
