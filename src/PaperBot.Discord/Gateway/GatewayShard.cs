using System.Net.WebSockets;
using PaperBot.Discord.Rest;

namespace PaperBot.Discord.Gateway;

/// <summary>
/// One shard's connection loop, with its own session, sequence, heartbeat and backoff: resumes when the session
/// survives, identifies when it does not, and ends when PaperBot stops, when Discord requires resharding (4011), or on a
/// fatal close (thrown as <see cref="GatewayFatalException"/>).
/// </summary>
internal sealed class GatewayShard(GatewayConnectionContext context, SessionStartGate gate, ReconnectBackoff backoff)
{
    private const int MaxFailedResumes = 3;

    /// <summary><see cref="GatewayRecovery.Stopped"/> or <see cref="GatewayRecovery.Reshard"/>.</summary>
    public async Task<GatewayRecovery> RunAsync(CancellationToken cancellationToken)
    {
        var shard = context.Shard.Id;
        var session = new GatewaySession();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                if (session.CanResume && session.FailedResumes >= MaxFailedResumes)
                {
                    Log.GatewayResumeAbandoned(context.Logger, shard, session.FailedResumes);
                    session.Clear();
                }

                var outcome = await ConnectOnceAsync(session, cancellationToken).ConfigureAwait(false);
                switch (outcome.Recovery)
                {
                    case GatewayRecovery.Stopped or GatewayRecovery.Reshard:
                        context.Status.Closed(outcome.Reason);
                        return outcome.Recovery;
                    case GatewayRecovery.Fatal:
                        context.Status.Closed(outcome.Reason);
                        throw new GatewayFatalException(outcome.CloseCode ?? 0, outcome.Reason);
                    case GatewayRecovery.Identify:
                        session.Clear();
                        break;
                }

                context.Status.Closed(outcome.Reason);
                context.Status.Set(ShardState.Waiting);
                if (outcome.ReachedReady)
                {
                    backoff.Reset();
                }

                var delay = backoff.Next() + outcome.ExtraDelay;
                if (!outcome.ReachedReady && backoff.Attempt > 1)
                {
                    Log.GatewayConnectFailed(context.Logger, shard, outcome.Reason, (long)delay.TotalMilliseconds);
                }
                else
                {
                    Log.GatewayReconnectDelay(context.Logger, shard, (long)delay.TotalMilliseconds);
                }

                await Task.Delay(delay, context.Time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down, or another shard asked for a reshard.
        }
        finally
        {
            context.Status.Set(ShardState.Stopped);
        }

        return GatewayRecovery.Stopped;
    }

    private async Task<GatewayOutcome> ConnectOnceAsync(GatewaySession session, CancellationToken cancellationToken)
    {
        var resume = session.CanResume;
        try
        {
            Uri url;
            if (resume)
            {
                url = session.ResumeUrl!;
                session.FailedResumes++;
            }
            else
            {
                url = await gate.PrepareIdentifyAsync(cancellationToken).ConfigureAwait(false);

                // The identify slot is taken before the socket opens: a shard far down its bucket's queue keeps no idle
                // connection, and Hello to Identify takes about as long for every shard, so the spacing holds.
                context.Status.Set(ShardState.Identifying);
                await context.IdentifyLimiter.WaitAsync(context.Shard.Id, cancellationToken).ConfigureAwait(false);
            }

            context.Status.Set(ShardState.Connecting);

            using var connection = new GatewayConnection(session, context);
            return await connection.RunAsync(GatewayClient.WithQuery(url), resume, cancellationToken).ConfigureAwait(false);
        }
        catch (DiscordApiException ex) when (ex.Code == DiscordErrorCodes.Unauthorized)
        {
            // GET /gateway/bot refused the token: as final as close code 4004, and reported the same way.
            throw new GatewayFatalException(ex.Message, ex);
        }
        catch (Exception ex) when (ex is WebSocketException or HttpRequestException or IOException or OperationCanceledException or DiscordApiException)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return new GatewayOutcome(GatewayRecovery.Stopped, "shutting down");
            }

            // The socket never opened: a dead resume URL means a new session; a dead gateway URL is asked for again.
            if (!resume)
            {
                gate.ForgetUrl();
            }

            return new GatewayOutcome(GatewayRecovery.Identify, $"could not connect ({ex.GetType().Name})");
        }
    }
}
