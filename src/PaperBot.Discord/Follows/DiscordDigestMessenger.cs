using Microsoft.Extensions.Logging;
using PaperBot.Core.Follows;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Json;
using PaperBot.Discord.Models;
using PaperBot.Discord.Rest;

namespace PaperBot.Discord.Follows;

/// <summary>
/// DMs follow digests: opens the DM channel (<c>POST /users/@me/channels</c>), then posts with <c>nonce</c> +
/// <c>enforce_nonce</c>, so a digest retried after a crash or a lost response is never shown twice. A member whose
/// DMs are closed (50007) is reported as such.
/// </summary>
internal sealed class DiscordDigestMessenger(IDiscordRest rest, ILogger<DiscordDigestMessenger> logger) : IDigestMessenger
{
    public async Task<DmResult> SendAsync(Digest digest, string nonce, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digest);
        if (!Snowflake.TryParse(digest.MemberId, out var member))
        {
            return new DmResult(DmStatus.Closed, Reason: $"\"{digest.MemberId}\" is not a Discord user");
        }

        try
        {
            var channel = await rest.CreateDmAsync(member, cancellationToken).ConfigureAwait(false);
            var payload = new MessagePayload { Content = FollowMessages.Digest(digest), Nonce = nonce, EnforceNonce = true };
            var message = await rest.CreateMessageAsync(channel.Id, payload, cancellationToken).ConfigureAwait(false);
            return new DmResult(DmStatus.Sent, message.Id.ToString());
        }
        catch (DiscordApiException refused) when (refused.Code == DiscordErrorCodes.CannotSendToUser)
        {
            Log.DigestFailed(logger, digest.MemberId, "the member's DMs are closed (50007)");
            return new DmResult(DmStatus.Closed, Reason: FollowRules.DmsClosedReason);
        }
        catch (Exception failure) when (failure is DiscordApiException or HttpRequestException or TimeoutException
            || (failure is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            Log.DigestFailed(logger, digest.MemberId, failure.Message);
            return new DmResult(DmStatus.Failed, Reason: failure.Message);
        }
    }
}
