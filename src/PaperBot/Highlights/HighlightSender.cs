using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Core.Highlights;
using PaperBot.Core.Papers;

namespace PaperBot.Highlights;

/// <summary>
/// Posts one subscription's highlights for one local day: builds the post, logs it as <c>sending</c> (with the day's
/// nonce) before it goes out, publishes it within the send timeout, and logs the outcome. A failed post is retried
/// with backoff within the same local day; a channel that is gone pauses its subscription.
/// </summary>
internal sealed class HighlightSender(
    IHighlightBuilder builder,
    IHighlightPostLog log,
    ISubscriptionStore subscriptions,
    IChannelPublisher publisher,
    IOptions<HighlightOptions> options,
    TimeProvider time,
    ILogger<HighlightSender> logger)
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromMinutes(30);
    private readonly TimeSpan _sendTimeout = TimeSpan.FromSeconds(options.Value.SendTimeoutSeconds);

    /// <summary>The wait before the next try after <paramref name="attempts"/> failed attempts: 1, 2, 4 ... minutes, at most 30.</summary>
    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromTicks(Math.Min(LongestRetry.Ticks, FirstRetry.Ticks << Math.Clamp(attempts - 1, 0, 10)));

    public async Task SendAsync(Subscription subscription, TimeZoneInfo zone, DateOnly day, CancellationToken stoppingToken)
    {
        PostLogEntry? entry = null;
        try
        {
            var post = await builder.BuildAsync(new HighlightRequest(day, subscription.Topic, subscription.Count, subscription.ChannelId), stoppingToken);
            if (post.IsEmpty && subscription.SkipEmptyDays)
            {
                const string reason = "nothing new that day, and the subscription skips empty days";
                await log.SkipAsync(subscription.Id, day, SubscriptionRules.Nonce(subscription.Id, day), reason, stoppingToken);
                Log.Skipped(logger, day, subscription.ChannelId, subscription.Id, reason);
                return;
            }

            var paperIds = post.Items.Select(i => i.PaperId).ToList();
            entry = await log.BeginAsync(subscription.Id, day, SubscriptionRules.Nonce(subscription.Id, day), paperIds, stoppingToken);
            if (entry.State != PostState.Sending || entry.ClaimedElsewhere)
            {
                return; // already sent or skipped, or being sent by another PaperBot on the same database
            }

            var result = await PublishAsync(subscription.ChannelId, post, entry.Nonce, stoppingToken);

            // From here the outcome is recorded even when PaperBot is stopping: the message is out (or not) either way.
            await RecordAsync(subscription, zone, entry, paperIds, result, CancellationToken.None);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping mid-send: the entry stays `sending`, and the next start re-sends it with the same nonce.
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            await RecordUnexpectedAsync(subscription, zone, day, entry, failure);
        }
    }

    private async Task<PublishResult> PublishAsync(string channelId, HighlightPost post, string nonce, CancellationToken stoppingToken)
    {
        using var timeout = new CancellationTokenSource(_sendTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
        try
        {
            // WaitAsync bounds the send even when a publisher ignores its token.
            return await publisher.PublishAsync(channelId, post, nonce, linked.Token).WaitAsync(linked.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
            return new PublishResult(PublishStatus.Failed, Reason: $"no answer within {_sendTimeout.TotalSeconds:0} s");
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // The port promises results, not exceptions; a publisher that throws anyway is treated as a transient failure.
            return new PublishResult(PublishStatus.Failed, Reason: $"{failure.GetType().Name}: {failure.Message}");
        }
    }

    private async Task RecordAsync(
        Subscription subscription, TimeZoneInfo zone, PostLogEntry entry, IReadOnlyList<long> paperIds, PublishResult result, CancellationToken cancellationToken)
    {
        var reason = result.Reason ?? result.Status.ToString();
        switch (result.Status)
        {
            case PublishStatus.Sent:
                await log.MarkSentAsync(entry.Id, subscription.ChannelId, result.MessageId, paperIds, cancellationToken);
                Log.Posted(logger, entry.Day, subscription.ChannelId, subscription.Id, result.MessageId, entry.Attempts);
                break;
            case PublishStatus.ChannelUnavailable:
                await subscriptions.PauseAsync(subscription.Id, reason, cancellationToken);
                await log.MarkFailedAsync(entry.Id, reason, retryAt: null, cancellationToken);
                Log.Paused(logger, subscription.Id, subscription.ChannelId, reason);
                break;
            default:
                await FailAsync(subscription, zone, entry.Id, entry.Day, entry.Attempts, reason, cancellationToken);
                break;
        }
    }

    /// <summary>Schedules the next try after the backoff, or gives up when it would fall on another local day.</summary>
    private async Task FailAsync(Subscription subscription, TimeZoneInfo zone, long entryId, DateOnly day, int attempts, string reason, CancellationToken cancellationToken)
    {
        var retryAt = time.GetUtcNow() + Backoff(attempts);
        if (PostSchedule.LocalDay(retryAt, zone) != day)
        {
            await log.MarkFailedAsync(entryId, reason, retryAt: null, cancellationToken);
            Log.GaveUp(logger, day, subscription.ChannelId, subscription.Id, attempts, reason);
            return;
        }

        await log.MarkFailedAsync(entryId, reason, retryAt, cancellationToken);
        Log.WillRetry(logger, day, subscription.ChannelId, subscription.Id, attempts, reason, retryAt);
    }

    /// <summary>
    /// A failure outside the send (building the post, the database): logged, and recorded as a failed attempt when the
    /// database allows, so the day is retried with backoff instead of at once.
    /// </summary>
    private async Task RecordUnexpectedAsync(Subscription subscription, TimeZoneInfo zone, DateOnly day, PostLogEntry? entry, Exception failure)
    {
        Log.SubscriptionFailed(logger, subscription.Id, subscription.ChannelId, failure.GetType().Name, failure.Message);
        try
        {
            entry ??= await log.BeginAsync(subscription.Id, day, SubscriptionRules.Nonce(subscription.Id, day), [], CancellationToken.None);
            if (entry.State == PostState.Sending && !entry.ClaimedElsewhere)
            {
                await FailAsync(subscription, zone, entry.Id, day, entry.Attempts, failure.Message, CancellationToken.None);
            }
        }
        catch (StoreException store)
        {
            // The scheduler holds this subscription back for a while (see HighlightScheduler), so this does not spin.
            Log.StateUnavailable(logger, store.Message, time.GetUtcNow() + FirstRetry);
        }
    }
}
