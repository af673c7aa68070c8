using Microsoft.Extensions.Logging;
using PaperBot.Core.Follows;
using PaperBot.Core.Highlights;
using PaperBot.Core.Papers;
using PaperBot.Highlights;

namespace PaperBot.Follows;

/// <summary>
/// Sends one member's digest for one period, exactly once: the papers are logged as <c>sending</c> with the period's
/// nonce before the DM goes out, a restart re-sends the logged papers with the same nonce, and the outcome is logged
/// after. Closed DMs pause the member's follows; other failures are retried with backoff within the period.
/// </summary>
internal sealed class DigestSender(
    DigestBuilder builder,
    IDigestLog log,
    IFollowStore follows,
    IPaperStore papers,
    IDigestMessenger messenger,
    TimeProvider time,
    ILogger<DigestSender> logger)
{
    /// <summary>How long one DM may take before it counts as failed and is retried later.</summary>
    internal static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Sends the period's digest when it is due; returns when to look at this member's period again (a retry time), or
    /// null when the period is done (sent, nothing new, or given up) and the next period is what counts.
    /// </summary>
    public async Task<DateTimeOffset?> SendAsync(string memberId, DigestPeriod period, IReadOnlyList<Follow> memberFollows, DateTimeOffset now, CancellationToken stoppingToken)
    {
        var key = FollowRules.PeriodKey(period, now);
        var existing = await log.GetAsync(memberId, key, stoppingToken);
        switch (existing)
        {
            case { State: PostState.Sent or PostState.Skipped }:
            case { State: PostState.Failed, NextAttemptAt: null }:
                return null;
            case { State: PostState.Failed, NextAttemptAt: { } retryAt } when retryAt > now:
                return retryAt;
        }

        Digest digest;
        DigestLogEntry entry;
        if (existing is { PaperIds.Count: > 0 })
        {
            // Interrupted or failed before: the same papers, the same nonce, so Discord keeps one message.
            Log.DigestResending(logger, key, memberId, existing.Nonce);
            entry = await log.BeginAsync(memberId, key, existing.Nonce, existing.PaperIds, stoppingToken);
            digest = await RebuildAsync(memberId, period, key, memberFollows, entry.PaperIds, stoppingToken);
        }
        else
        {
            digest = await builder.BuildAsync(memberId, period, memberFollows, now, stoppingToken);
            var nonce = FollowRules.Nonce(memberId, key);
            if (digest.IsEmpty)
            {
                await log.SkipAsync(memberId, key, nonce, "nothing new matches the follows", stoppingToken);
                return null;
            }

            entry = await log.BeginAsync(memberId, key, nonce, [.. digest.Items.Select(i => i.PaperId)], stoppingToken);
        }

        if (entry.State != PostState.Sending)
        {
            return null; // sent or skipped by another PaperBot on the same database
        }

        if (entry.ClaimedElsewhere)
        {
            // Another PaperBot on the same database is sending it: look again when its claim lapses (sent by then, or taken over).
            return entry.ClaimedUntil;
        }

        var result = await SendWithTimeoutAsync(digest, entry.Nonce, stoppingToken);

        // From here the outcome is recorded even when PaperBot is stopping: the DM is out (or not) either way.
        return await RecordAsync(entry, digest, result, CancellationToken.None);
    }

    private async Task<DmResult> SendWithTimeoutAsync(Digest digest, string nonce, CancellationToken stoppingToken)
    {
        using var timeout = new CancellationTokenSource(SendTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
        try
        {
            return await messenger.SendAsync(digest, nonce, linked.Token).WaitAsync(linked.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
            return new DmResult(DmStatus.Failed, Reason: $"no answer within {SendTimeout.TotalSeconds:0} s");
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            return new DmResult(DmStatus.Failed, Reason: $"{failure.GetType().Name}: {failure.Message}");
        }
    }

    private async Task<DateTimeOffset?> RecordAsync(DigestLogEntry entry, Digest digest, DmResult result, CancellationToken cancellationToken)
    {
        var reason = result.Reason ?? result.Status.ToString();
        switch (result.Status)
        {
            case DmStatus.Sent:
                await log.MarkSentAsync(entry.Id, result.MessageId, cancellationToken);
                Log.DigestSent(logger, entry.PeriodKey, entry.MemberId, digest.Items.Count, result.MessageId, entry.Attempts);
                return null;
            case DmStatus.Closed:
                // No retries until the member opens their DMs and resumes: each try would count as an invalid request.
                await follows.PauseAsync(entry.MemberId, FollowRules.DmsClosedReason, cancellationToken);
                await log.MarkFailedAsync(entry.Id, reason, retryAt: null, cancellationToken);
                Log.FollowsPaused(logger, entry.MemberId, reason);
                return null;
            default:
                var retryAt = time.GetUtcNow() + HighlightSender.Backoff(entry.Attempts);
                DateTimeOffset? next = FollowRules.PeriodKey(digest.Period, retryAt) == entry.PeriodKey ? retryAt : null;
                await log.MarkFailedAsync(entry.Id, reason, next, cancellationToken);
                Log.DigestFailed(logger, entry.PeriodKey, entry.MemberId, entry.Attempts, reason, next);
                return next;
        }
    }

    /// <summary>The logged papers as a digest again; which follow each matches is worked out anew (authors by name).</summary>
    private async Task<Digest> RebuildAsync(string memberId, DigestPeriod period, string key, IReadOnlyList<Follow> memberFollows, IReadOnlyList<long> paperIds, CancellationToken cancellationToken)
    {
        var items = new List<DigestItem>();
        foreach (var id in paperIds)
        {
            if (await papers.GetAsync(id, cancellationToken) is not { } paper)
            {
                continue;
            }

            var matches = memberFollows
                .Where(f => f.Kind == FollowKind.Author && FollowRules.IsAuthor(f.Text, paper.Paper.Authors))
                .Select(f => $"author \"{f.Text}\"")
                .DefaultIfEmpty("your topics")
                .ToList();
            items.Add(new DigestItem(id, paper.Paper.Title, paper.ArxivUrl, paper.Paper.PublishedOn, matches));
        }

        return new Digest(memberId, period, key, items);
    }
}
