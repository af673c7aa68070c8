namespace PaperBot.Core.Papers;

/// <summary>
/// What members are waiting for right now (a search, an answer). Background work that competes for the same cores
/// (embedding a backlog of papers) waits for a quiet moment between its steps, so a member never waits behind it; it
/// waits at most a bounded time, so a busy bot still indexes, more slowly.
/// </summary>
public sealed class ForegroundWork
{
    private readonly Lock _gate = new();
    private int _active;
    private TaskCompletionSource _quiet = NewQuiet(completed: true);

    /// <summary>Marks work a member waits for, until the result is disposed.</summary>
    public IDisposable Begin()
    {
        lock (_gate)
        {
            if (_active++ == 0)
            {
                _quiet = NewQuiet(completed: false);
            }
        }

        return new Scope(this);
    }

    /// <summary>Whether a member's work is running now.</summary>
    public bool IsBusy
    {
        get
        {
            lock (_gate)
            {
                return _active > 0;
            }
        }
    }

    /// <summary>Completes when no member's work runs, or after <paramref name="longest"/>, whichever comes first.</summary>
    public async Task WaitForQuietAsync(TimeSpan longest, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        Task quiet;
        lock (_gate)
        {
            quiet = _quiet.Task;
        }

        if (quiet.IsCompleted)
        {
            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var limit = Task.Delay(longest, time, stop.Token);
        await Task.WhenAny(quiet, limit).ConfigureAwait(false);
        await stop.CancelAsync().ConfigureAwait(false); // the limit's timer goes with it
        cancellationToken.ThrowIfCancellationRequested();
    }

    private void End()
    {
        lock (_gate)
        {
            if (--_active == 0)
            {
                _quiet.TrySetResult();
            }
        }
    }

    private static TaskCompletionSource NewQuiet(bool completed)
    {
        var quiet = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (completed)
        {
            quiet.TrySetResult();
        }

        return quiet;
    }

    private sealed class Scope(ForegroundWork owner) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.End();
            }
        }
    }
}
