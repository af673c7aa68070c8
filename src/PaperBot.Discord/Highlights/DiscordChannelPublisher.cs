using Microsoft.Extensions.Logging;
using PaperBot.Core.Chat;
using PaperBot.Core.Highlights;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Json;
using PaperBot.Discord.Rest;
using PaperBot.Discord.Votes;

namespace PaperBot.Discord.Highlights;

/// <summary>
/// Posts daily highlights to a Discord channel with <c>nonce</c> + <c>enforce_nonce</c>, so a post retried after a
/// crash or a lost response is never shown twice. A deleted channel or lost access/permission is reported as such.
/// The post's papers become the channel's papers shown last: "summarize the second one" under it means its second.
/// </summary>
internal sealed class DiscordChannelPublisher(
    IDiscordRest rest, PaperMessageLog paperMessages, ILogger<DiscordChannelPublisher> logger, IConversationStore? conversations = null) : IChannelPublisher
{
    public async Task<PublishResult> PublishAsync(string channelId, HighlightPost post, string nonce, CancellationToken cancellationToken)
    {
        if (!Snowflake.TryParse(channelId, out var channel))
        {
            return new PublishResult(PublishStatus.ChannelUnavailable, Reason: $"\"{channelId}\" is not a Discord channel id");
        }

        // A highlights post fits one message (header under 2,000 characters, embeds fitted to 6,000).
        var reply = HighlightMessages.Post(post);
        var payload = reply.ToPayloads()[0] with { Nonce = nonce, EnforceNonce = true, Flags = null };
        try
        {
            var message = await rest.CreateMessageAsync(channel, payload, cancellationToken).ConfigureAwait(false);
            await paperMessages.RecordAsync([message], reply.ShownPaperIds, cancellationToken).ConfigureAwait(false);
            await RememberShownAsync(channel.ToString(), reply.ShownPaperIds).ConfigureAwait(false);
            return new PublishResult(PublishStatus.Sent, message.Id.ToString());
        }
        catch (DiscordApiException refused) when (DiscordErrorCodes.IsChannelUnavailable(refused.Code))
        {
            var reason = refused.Code switch
            {
                DiscordErrorCodes.UnknownChannel => "the channel no longer exists",
                DiscordErrorCodes.MissingAccess => "PaperBot cannot see the channel (missing access)",
                _ => "PaperBot may not post there (needs View Channel, Send Messages and Embed Links)",
            };
            Log.PublishFailed(logger, channelId, reason);
            return new PublishResult(PublishStatus.ChannelUnavailable, Reason: reason);
        }
        catch (Exception failure) when (failure is DiscordApiException or HttpRequestException or TimeoutException
            || (failure is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            Log.PublishFailed(logger, channelId, failure.Message);
            return new PublishResult(PublishStatus.Failed, Reason: failure.Message);
        }
    }

    /// <summary>
    /// Under the conversation id the chat memory uses for a channel (its id, as Discord writes it). Never fails the post,
    /// which is out: not cancelled with the send either, or the post would be counted failed and sent again.
    /// </summary>
    private async Task RememberShownAsync(string conversationId, IReadOnlyList<long> paperIds)
    {
        try
        {
            await (conversations?.SetShownAsync(conversationId, paperIds, CancellationToken.None) ?? Task.CompletedTask).ConfigureAwait(false);
        }
        catch (Exception failure)
        {
            Log.PostNotRemembered(logger, conversationId, failure);
        }
    }
}
