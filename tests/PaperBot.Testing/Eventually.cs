namespace PaperBot.Testing;

/// <summary>
/// Waits for a condition that another thread will make true, checking it often. It never decides a test by time: the
/// deadline only stops a test that would otherwise hang, so it is long enough for the busiest machine.
/// </summary>
public static class Eventually
{
    /// <summary>How long a condition may take before the test is declared hung.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);

    /// <summary>Whether <paramref name="condition"/> became true before <paramref name="deadline"/> (default <see cref="Deadline"/>).</summary>
    public static async Task<bool> TrueAsync(Func<Task<bool>> condition, TimeSpan? deadline = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var limit = deadline ?? Deadline;
        while (clock.Elapsed < limit)
        {
            if (await condition().ConfigureAwait(false))
            {
                return true;
            }

            await Task.Delay(PollInterval).ConfigureAwait(false);
        }

        return await condition().ConfigureAwait(false);
    }

    /// <inheritdoc cref="TrueAsync(Func{Task{bool}}, TimeSpan?)"/>
    public static Task<bool> TrueAsync(Func<bool> condition, TimeSpan? deadline = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return TrueAsync(() => Task.FromResult(condition()), deadline);
    }

    /// <summary>Waits until <paramref name="condition"/> holds; throws naming <paramref name="what"/> when the test has hung.</summary>
    public static async Task UntilAsync(Func<bool> condition, string what, TimeSpan? deadline = null)
    {
        if (!await TrueAsync(condition, deadline).ConfigureAwait(false))
        {
            throw new TimeoutException($"gave up waiting for {what}");
        }
    }

    /// <inheritdoc cref="UntilAsync(Func{bool}, string, TimeSpan?)"/>
    public static async Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? deadline = null)
    {
        if (!await TrueAsync(condition, deadline).ConfigureAwait(false))
        {
            throw new TimeoutException($"gave up waiting for {what}");
        }
    }

    /// <summary>
    /// <paramref name="task"/>, bounded by <see cref="Deadline"/> so a hung test fails instead of blocking the run.
    /// </summary>
    public static Task<T> Within<T>(this Task<T> task) => task.WaitAsync(Deadline);

    /// <inheritdoc cref="Within{T}(Task{T})"/>
    public static Task Within(this Task task) => task.WaitAsync(Deadline);
}
