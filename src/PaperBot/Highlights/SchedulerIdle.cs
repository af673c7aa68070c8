namespace PaperBot.Highlights;

/// <summary>Whether the scheduler sleeps with nothing in flight, and since which planning pass: the hook tests step a fake clock with.</summary>
internal sealed class SchedulerIdle
{
    private readonly Lock _lock = new();
    private (DateTimeOffset PlannedAt, DateTimeOffset WakeAt)? _state;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Set(DateTimeOffset plannedAt, DateTimeOffset wakeAt) => Update((plannedAt, wakeAt));

    public void Clear() => Update(null);

    public async Task<DateTimeOffset> WaitAsync(DateTimeOffset plannedAtLeast, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                if (_state is { } state && state.PlannedAt >= plannedAtLeast)
                {
                    return state.WakeAt;
                }

                changed = _changed.Task;
            }

            await changed.WaitAsync(cancellationToken);
        }
    }

    private void Update((DateTimeOffset PlannedAt, DateTimeOffset WakeAt)? state)
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
}
