using System.Text.Json;
using PaperBot.Discord.Json;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Gateway;

/// <summary>
/// What happens to a dispatch: dropped when its sequence number was already seen (deliver each once), READY and
/// RESUMED noted in the session, then queued for handlers. Never runs a handler.
/// </summary>
internal sealed class GatewayDispatcher(GatewaySession session, GatewayConnectionContext context)
{
    /// <summary>Queues <paramref name="payload"/>; true when it was READY or RESUMED (the session is up).</summary>
    public bool Dispatch(GatewayPayload payload)
    {
        if (payload.S is { } sequence && !session.TryAdvance(sequence))
        {
            return false; // Already delivered (a replay overlapping what we had).
        }

        var type = payload.T ?? "";
        var data = payload.D ?? default;
        var sessionUp = false;
        if (type == "READY" && data.ValueKind == JsonValueKind.Object)
        {
            var ready = JsonSerializer.Deserialize(data, DiscordJsonContext.Default.ReadyEvent);
            if (ready is { SessionId.Length: > 0 } && Uri.TryCreate(ready.ResumeGatewayUrl, UriKind.Absolute, out var resumeUrl))
            {
                session.Start(ready.SessionId, resumeUrl);
            }

            sessionUp = true;
            context.Status.Set(ShardState.Ready);
            Log.GatewayReady(context.Logger, context.Shard.Id, context.Shard.Count);
        }
        else if (type == "RESUMED")
        {
            session.FailedResumes = 0;
            sessionUp = true;
            context.Status.Set(ShardState.Ready);
            Log.GatewayResumed(context.Logger, context.Shard.Id);
        }

        context.Status.Dispatched();
        context.Dispatches.TryWrite(new GatewayDispatch(type, data, context.Time.GetTimestamp(), context.Shard.Id));
        return sessionUp;
    }
}
