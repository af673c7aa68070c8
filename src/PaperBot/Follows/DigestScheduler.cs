using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PaperBot.Core.Follows;
using PaperBot.Core.Papers;
using PaperBot.Highlights;

namespace PaperBot.Follows;

/// <summary>
/// Sends every member's follow digests once per period (daily: each UTC day; weekly: each ISO week). Each pass looks at
/// every member with follows that are not paused, sends what is due, then sleeps until the next period starts, a retry
/// is due, or <see cref="CheckInterval"/> has passed (so follows made meanwhile are seen). Exactly-once comes from the
/// digest log (see <see cref="DigestSender"/>); this loop only decides when.
/// </summary>
internal sealed class DigestScheduler(IFollowStore follows, DigestSender sender, TimeProvider time, ILogger<DigestScheduler> logger) : BackgroundService
{
    /// <summary>The longest the scheduler sleeps between passes.</summary>
    internal static readonly TimeSpan CheckInterval = TimeSpan.FromMinutes(15);

    private readonly SchedulerIdle _idle = new();

    /// <summary>Completes when the scheduler sleeps after a pass planned at or after <paramref name="plannedAtLeast"/>; the result is when it will wake.</summary>
    internal Task<DateTimeOffset> WaitIdleAsync(DateTimeOffset plannedAtLeast, CancellationToken cancellationToken) =>
        _idle.WaitAsync(plannedAtLeast, cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var now = time.GetUtcNow();
                var wakeAt = await PassAsync(now, stoppingToken);
                using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                var timer = wakeAt > now ? Task.Delay(wakeAt - now, time, wake.Token) : Task.CompletedTask;
                _idle.Set(now, wakeAt, timer);
                // Forced to yield: a timer fired by a fake clock's own thread never runs the next pass on it.
                await timer.ConfigureAwait(ConfigureAwaitOptions.ForceYielding | ConfigureAwaitOptions.SuppressThrowing);
                _idle.Clear();
                stoppingToken.ThrowIfCancellationRequested();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: an interrupted digest stays `sending` and is re-sent with its nonce on the next start.
        }
    }

    private async Task<DateTimeOffset> PassAsync(DateTimeOffset now, CancellationToken stoppingToken)
    {
        var wakeAt = Min(now + CheckInterval, FollowRules.NextPeriodStart(DigestPeriod.Daily, now));
        IReadOnlyList<Follow> all;
        try
        {
            all = await follows.ListAsync(null, stoppingToken);
        }
        catch (StoreException store)
        {
            Log.DigestStateUnavailable(logger, store.Message, wakeAt);
            return wakeAt;
        }

        // Only Discord members can be DMed: the shell's member ("local") keeps its follows as a list, never paused for it.
        foreach (var member in all.Where(f => !f.IsPaused && IsDiscordMember(f.MemberId)).GroupBy(f => f.MemberId, StringComparer.Ordinal))
        {
            foreach (var period in member.Select(f => f.Period).Distinct())
            {
                try
                {
                    var retryAt = await sender.SendAsync(member.Key, period, [.. member.Where(f => f.Period == period)], now, stoppingToken);
                    wakeAt = Min(wakeAt, retryAt ?? DateTimeOffset.MaxValue);
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    // One member's broken digest (or a database hiccup) never stops the others; the next pass tries again.
                    Log.DigestError(logger, member.Key, failure.GetType().Name, failure.Message);
                }
            }
        }

        return wakeAt;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    /// <summary>Whether the id is a Discord user id (a snowflake: digits only).</summary>
    private static bool IsDiscordMember(string memberId) => memberId.Length > 0 && memberId.All(char.IsAsciiDigit);
}
