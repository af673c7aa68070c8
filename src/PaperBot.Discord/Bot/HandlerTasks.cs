using System.Collections.Concurrent;

namespace PaperBot.Discord.Bot;

/// <summary>The handlers running right now, so shutdown can give them a moment to finish.</summary>
internal sealed class HandlerTasks
{
    private readonly ConcurrentDictionary<Task, byte> _tasks = new();

    /// <summary>Starts <paramref name="work"/> on the thread pool; its failures are its own (handlers log them).</summary>
    public void Start(Func<Task> work)
    {
        var task = Task.Run(work);
        _tasks.TryAdd(task, 0);
        task.ContinueWith(
            t =>
            {
                _tasks.TryRemove(t, out _);
                _ = t.Exception; // handlers log their own failures; observed here so none goes unobserved
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    public Task WaitAsync(TimeSpan limit, TimeProvider time) =>
        Task.WhenAny(Task.WhenAll(_tasks.Keys), Task.Delay(limit, time));
}
