using Microsoft.Extensions.Logging;
using PaperBot.Core.Highlights;

namespace PaperBot.Highlights;

/// <summary>
/// Decides, from the post log and the clock, whether a subscription's post is due now and when to look at it again.
/// A day counts from the subscription's <see cref="Subscription.ActiveSince"/>; a missed day that is over is logged as
/// skipped, never posted late; today's post, even late, is posted once.
/// </summary>
internal sealed class HighlightPlanner(IHighlightPostLog log, ILogger<HighlightPlanner> logger)
{
    public async Task<PostPlan> PlanAsync(Subscription subscription, TimeZoneInfo zone, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = PostSchedule.LocalDay(now, zone);
        await SkipIfMissedAsync(subscription, zone, today.AddDays(-1), cancellationToken);

        var due = PostSchedule.DueAt(today, subscription.PostAt, zone);
        var tomorrow = PostSchedule.DueAt(today.AddDays(1), subscription.PostAt, zone);
        if (due < subscription.ActiveSince)
        {
            return new PostPlan(null, tomorrow);
        }

        var entry = await log.GetAsync(subscription.Id, today, cancellationToken);
        switch (entry?.State)
        {
            case null when due <= now:
                if (now - due >= TimeSpan.FromMinutes(1))
                {
                    Log.PostingLate(logger, today, subscription.ChannelId, subscription.Id, due);
                }

                return new PostPlan(today, tomorrow);
            case null:
                return new PostPlan(null, due);
            case PostState.Sending when entry.ClaimedUntil is { } lease && lease > now:
                // Another process is sending it (or died doing so): look again when its claim lapses.
                return new PostPlan(null, lease);
            case PostState.Sending:
                // Written before a send that never reported back (the process stopped): the same nonce makes this safe.
                Log.Resending(logger, today, subscription.ChannelId, entry.Nonce);
                return new PostPlan(today, tomorrow);
            case PostState.Failed when entry.NextAttemptAt is { } retry:
                return retry <= now ? new PostPlan(today, tomorrow) : new PostPlan(null, retry);
            case PostState.Failed when entry.UpdatedAt < subscription.ActiveSince:
                // Given up (or paused) earlier today, then subscribed again: the new subscription gets its own try.
                return due <= now ? new PostPlan(today, tomorrow) : new PostPlan(null, due);
            default:
                return new PostPlan(null, tomorrow);
        }
    }

    /// <summary>
    /// A day that ended without its post (PaperBot was down, or stopped mid-send) gets a skipped row: posting
    /// yesterday's highlights today would be stale, and re-sending hours later is beyond what a nonce protects.
    /// </summary>
    private async Task SkipIfMissedAsync(Subscription subscription, TimeZoneInfo zone, DateOnly day, CancellationToken cancellationToken)
    {
        if (PostSchedule.DueAt(day, subscription.PostAt, zone) < subscription.ActiveSince)
        {
            return;
        }

        var entry = await log.GetAsync(subscription.Id, day, cancellationToken);
        if (entry is not null && entry.State != PostState.Sending)
        {
            return;
        }

        var reason = entry is null
            ? "the day was over before PaperBot could post (it was not running at the post time)"
            : "the day was over before an interrupted send could be confirmed";
        await log.SkipAsync(subscription.Id, day, SubscriptionRules.Nonce(subscription.Id, day), reason, cancellationToken);
        Log.Skipped(logger, day, subscription.ChannelId, subscription.Id, reason);
    }
}
