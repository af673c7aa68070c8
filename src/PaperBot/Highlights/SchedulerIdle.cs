namespace PaperBot.Highlights;

/// <summary>
/// Whether the scheduler sleeps with nothing in flight, since which planning pass, and until when: the hook tests step
/// a fake clock with. A sleep whose wake-up already happened (the clock moved, a subscription changed) no longer counts
/// as idle, even before the loop has noticed, so a waiter never sees a stale plan.
/// </summary>
internal sealed class SchedulerIdle
{
    private readonly Lock _lock = new();
    private State? _state;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <param name="wakers">What the sleep waits for; once any has completed, the scheduler is no longer idle.</param>
    public void Set(DateTimeOffset plannedAt, DateTimeOffset wakeAt, params Task[] wakers) => Update(new State(plannedAt, wakeAt, wakers));

    public void Clear() => Update(null);

    /// <summary>Completes, with the wake-up time, once the scheduler sleeps after a pass planned at or after <paramref name="plannedAtLeast"/>.</summary>
    public async Task<DateTimeOffset> WaitAsync(DateTimeOffset plannedAtLeast, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                if (_state is { } state && state.PlannedAt >= plannedAtLeast && !state.Wakers.Any(w => w.IsCompleted))
                {
                    return state.WakeAt;
                }

                changed = _changed.Task;
            }

            await changed.WaitAsync(cancellationToken);
        }
    }

    private void Update(State? state)
    {
        TaskCompletionSource previous;
        lock (_lock)
        {
            _state = state;
            previous = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        previous.TrySetResult();
    }

    private sealed record State(DateTimeOffset PlannedAt, DateTimeOffset WakeAt, Task[] Wakers);
}
