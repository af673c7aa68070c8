namespace PaperBot.Core.Highlights;

/// <summary>
/// Tells the scheduler that subscriptions changed in this process, so a new or edited subscription is planned at
/// once rather than at the next periodic check. Take <see cref="NextChange"/> before reading the subscriptions:
/// a change made while they are read then still wakes the reader.
/// </summary>
public sealed class SubscriptionChangeSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next <see cref="Notify"/>.</summary>
    public Task NextChange => Volatile.Read(ref _next).Task;

    public void Notify() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
