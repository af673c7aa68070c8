using Microsoft.Extensions.Time.Testing;

namespace PaperBot.Testing;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that knows how many of its timers are waiting to fire, so a test advances time only
/// once the code under test is observably waiting. Advancing earlier is the classic race: the code registers its timer
/// after the jump, relative to the new time, and never fires.
/// </summary>
public sealed class WaitableTimeProvider : FakeTimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<(Func<IReadOnlyCollection<DateTimeOffset>, bool> Condition, TaskCompletionSource Reached)> _waiters = [];
    private readonly Dictionary<TrackedTimer, DateTimeOffset> _pending = [];

    public WaitableTimeProvider()
    {
    }

    public WaitableTimeProvider(DateTimeOffset start)
        : base(start)
    {
    }

    /// <summary>Timers scheduled to fire (a finite due time) that have not fired, been stopped or been disposed.</summary>
    public int PendingTimers
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        // Waiters hear of the timer only once the fake clock has it: released earlier, a test could advance time in
        // between, and the timer would then be set relative to the new time and never fire.
        var timer = new TrackedTimer(this, period);
        timer.Schedule(dueTime);
        timer.Inner = base.CreateTimer(timer.Wrap(callback), state, dueTime, period);
        ReleaseWaiters();
        return timer;
    }

    /// <summary>Completes once at least <paramref name="count"/> timers are waiting (see <see cref="PendingTimers"/>).</summary>
    public Task WaitForTimersAsync(int count = 1) => WaitForAsync(due => due.Count >= count);

    /// <summary>
    /// Completes once a timer due exactly at <paramref name="dueAt"/> is waiting: picks out one wait among others (a
    /// limiter's, beside heartbeats and timeouts) by the time it must end.
    /// </summary>
    public Task WaitForTimerDueAsync(DateTimeOffset dueAt) => WaitForAsync(due => due.Contains(dueAt));

    private Task WaitForAsync(Func<IReadOnlyCollection<DateTimeOffset>, bool> condition)
    {
        lock (_gate)
        {
            if (condition(_pending.Values))
            {
                return Task.CompletedTask;
            }

            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((condition, reached));
            return reached.Task.Within();
        }
    }

    /// <summary>Waits until <paramref name="timers"/> timers are waiting, then moves time on by <paramref name="by"/>.</summary>
    public async Task AdvanceWhenWaitingAsync(TimeSpan by, int timers = 1)
    {
        await WaitForTimersAsync(timers).ConfigureAwait(false);
        Advance(by);
    }

    private void Change(TrackedTimer timer, DateTimeOffset? dueAt, bool release)
    {
        lock (_gate)
        {
            if (dueAt is { } at)
            {
                _pending[timer] = at;
            }
            else
            {
                _pending.Remove(timer);
            }
        }

        if (release)
        {
            ReleaseWaiters();
        }
    }

    private void ReleaseWaiters()
    {
        List<TaskCompletionSource>? reached = null;
        lock (_gate)
        {
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Condition(_pending.Values))
                {
                    (reached ??= []).Add(_waiters[i].Reached);
                    _waiters.RemoveAt(i);
                }
            }
        }

        reached?.ForEach(r => r.TrySetResult());
    }

    private sealed class TrackedTimer(WaitableTimeProvider owner, TimeSpan period) : ITimer
    {
        private readonly Lock _gate = new();
        private TimeSpan _period = period;
        private bool _pending;
        private bool _disposed;

        public ITimer? Inner { get; set; }

        public TimerCallback Wrap(TimerCallback callback) => state =>
        {
            // A one-shot timer stops waiting as it fires: what its callback schedules next is a new wait.
            bool oneShot;
            lock (_gate)
            {
                oneShot = _period == Timeout.InfiniteTimeSpan || _period == TimeSpan.Zero;
            }

            if (oneShot)
            {
                SetPending(false);
            }

            callback(state);
        };

        /// <summary>Records the new due time without telling waiters yet: the caller does, once the fake clock has it.</summary>
        public void Schedule(TimeSpan dueTime) => SetPending(dueTime != Timeout.InfiniteTimeSpan, dueTime, release: false);

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (_gate)
            {
                _period = period;
            }

            Schedule(dueTime);
            var changed = Inner!.Change(dueTime, period);
            owner.ReleaseWaiters();
            return changed;
        }

        public void Dispose()
        {
            lock (_gate)
            {
                _disposed = true;
            }

            SetPending(false);
            Inner?.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }

        private void SetPending(bool pending, TimeSpan dueTime = default, bool release = true)
        {
            lock (_gate)
            {
                pending &= !_disposed;
                if (!pending && !_pending)
                {
                    return;
                }

                _pending = pending;
            }

            owner.Change(this, pending ? owner.GetUtcNow() + dueTime : null, release);
        }
    }
}
