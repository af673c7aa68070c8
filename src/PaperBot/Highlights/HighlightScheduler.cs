using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Core.Highlights;
using PaperBot.Core.Papers;

namespace PaperBot.Highlights;

/// <summary>
/// Posts every active subscription once per local day at its time. Sleeps until the next post time (at most
/// <see cref="HighlightOptions.CheckIntervalSeconds"/>), wakes early when this process changes a subscription or a send
/// finishes, and runs each send as its own task, so a slow or failing channel never delays another.
/// Exactly-once comes from the post log (see <see cref="HighlightSender"/>); this loop only decides when.
/// </summary>
internal sealed class HighlightScheduler(
    ISubscriptionStore subscriptions,
    HighlightPlanner planner,
    HighlightSender sender,
    SubscriptionChangeSignal changes,
    IOptions<HighlightOptions> options,
    TimeProvider time,
    ILogger<HighlightScheduler> logger) : BackgroundService
{
    /// <summary>The least time between two sends of one subscription started by this process, whatever went wrong.</summary>
    private static readonly TimeSpan MinGap = TimeSpan.FromMinutes(1);

    private readonly TimeSpan _checkInterval = TimeSpan.FromSeconds(options.Value.CheckIntervalSeconds);
    private readonly ConcurrentDictionary<long, Task> _inFlight = new();
    private readonly Dictionary<long, (DateOnly Day, DateTimeOffset At)> _lastStart = [];
    private readonly SchedulerIdle _idle = new();
    private TaskCompletionSource _sendFinished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Completes when the scheduler has planned at or after <paramref name="plannedAtLeast"/>, has no send in flight, and
    /// sleeps; the result is when it will wake. Lets tests advance a fake clock step by step.
    /// </summary>
    internal Task<DateTimeOffset> WaitIdleAsync(DateTimeOffset plannedAtLeast, CancellationToken cancellationToken) =>
        _idle.WaitAsync(plannedAtLeast, cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                // Taken before reading, so a change or a finished send during the pass wakes the next one.
                var changed = changes.NextChange;
                var sendFinished = Volatile.Read(ref _sendFinished).Task;
                var now = time.GetUtcNow();
                var wakeAt = await PlanAllAsync(now, stoppingToken);
                await SleepAsync(now, wakeAt, changed, sendFinished, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            // Sends see the same token; they leave interrupted posts in `sending` for the next start.
            await Task.WhenAll(_inFlight.Values);
        }
    }

    private async Task<DateTimeOffset> PlanAllAsync(DateTimeOffset now, CancellationToken stoppingToken)
    {
        var wakeAt = now + _checkInterval;
        IReadOnlyList<Subscription> all;
        try
        {
            all = await subscriptions.ListAsync(null, stoppingToken);
        }
        catch (StoreException store)
        {
            Log.StateUnavailable(logger, store.Message, wakeAt);
            return wakeAt;
        }

        foreach (var subscription in all.Where(s => !s.IsPaused && !_inFlight.ContainsKey(s.Id)))
        {
            var next = await PlanOneAsync(subscription, now, stoppingToken);
            if (next < wakeAt)
            {
                wakeAt = next;
            }
        }

        return wakeAt;
    }

    /// <summary>Starts the subscription's send when it is due; returns when to look at it again.</summary>
    private async Task<DateTimeOffset> PlanOneAsync(Subscription subscription, DateTimeOffset now, CancellationToken stoppingToken)
    {
        try
        {
            if (!TimeZoneInfo.TryFindSystemTimeZoneById(subscription.TimeZoneId, out var zone))
            {
                // Validated when saved; only a change to this machine's time zone data gets here.
                await subscriptions.PauseAsync(subscription.Id, SubscriptionRules.ValidateTimeZone(subscription.TimeZoneId)!, stoppingToken);
                return DateTimeOffset.MaxValue;
            }

            var plan = await planner.PlanAsync(subscription, zone, now, stoppingToken);
            if (plan.SendDay is not { } day)
            {
                return plan.NextAt;
            }

            if (_lastStart.TryGetValue(subscription.Id, out var last) && last.Day == day && now - last.At < MinGap)
            {
                return last.At + MinGap; // something keeps failing before the post log could say so: do not spin
            }

            _lastStart[subscription.Id] = (day, now);
            Start(subscription, zone, day, stoppingToken);
            return plan.NextAt;
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // One broken subscription (or a database hiccup) never stops the others.
            Log.SubscriptionFailed(logger, subscription.Id, subscription.ChannelId, failure.GetType().Name, failure.Message);
            return now + _checkInterval;
        }
    }

    private void Start(Subscription subscription, TimeZoneInfo zone, DateOnly day, CancellationToken stoppingToken)
    {
        var send = Task.Run(() => sender.SendAsync(subscription, zone, day, stoppingToken), CancellationToken.None);
        _inFlight[subscription.Id] = send;
        send.ContinueWith(
            _ =>
            {
                _inFlight.TryRemove(subscription.Id, out var _);
                Interlocked.Exchange(ref _sendFinished, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private async Task SleepAsync(DateTimeOffset now, DateTimeOffset wakeAt, Task changed, Task sendFinished, CancellationToken stoppingToken)
    {
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        // The timer (cancelled with the host) exists before the scheduler says it is idle, so a clock moved right after still wakes it on time.
        var timer = wakeAt > now ? Task.Delay(wakeAt - now, time, wake.Token) : Task.CompletedTask;
        if (_inFlight.IsEmpty)
        {
            _idle.Set(now, wakeAt, timer, changed, sendFinished);
        }

        // Forced to yield: a timer fired by the clock's own thread (a fake clock in tests) never runs the next pass on it.
        await ((Task)Task.WhenAny(timer, changed, sendFinished)).ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
        _idle.Clear();
        await wake.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
    }
}
