using Microsoft.Extensions.Options;
using PaperBot.Core.Papers;

namespace PaperBot.Discord.Interactions;

/// <summary>
/// Bounds how much work (searches, model calls) runs at once. Acknowledgements do not pass through it, so a busy
/// bot still defers every interaction in time. What passes counts as <see cref="ForegroundWork"/>: background
/// indexing makes way for it.
/// </summary>
internal sealed class WorkGate(IOptions<DiscordOptions> options, ForegroundWork? foreground = null) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentHandlers);

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        using var member = foreground?.Begin();
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
