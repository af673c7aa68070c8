using Microsoft.Extensions.Options;

namespace PaperBot.Discord.Interactions;

/// <summary>
/// Bounds how much work (searches, model calls) runs at once. Acknowledgements do not pass through it, so a busy
/// bot still defers every interaction in time.
/// </summary>
internal sealed class WorkGate(IOptions<DiscordOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentHandlers);

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await work(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
