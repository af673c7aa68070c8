using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PaperBot.AI.Models;

/// <summary>
/// Runs one piece of model work within <see cref="AiOptions.TimeoutSeconds"/> and turns every failure except the
/// caller's own cancellation into a <see cref="ModelOutcome{T}"/> reason, so callers fall back instead of crashing.
/// </summary>
internal sealed class ModelGuard(IOptions<AiOptions> options, TimeProvider time, ILogger<ModelGuard> logger)
{
    public async Task<ModelOutcome<T>> RunAsync<T>(string operation, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(options.Value.TimeoutSeconds), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            // WaitAsync bounds the wait even if something below ignores the token: the timeout is a promise to the reader.
            var value = await work(linked.Token).WaitAsync(linked.Token).ConfigureAwait(false);
            return ModelOutcome<T>.Success(value);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var reason = ModelFaults.Describe(ex, timeout.IsCancellationRequested);
            Log.ModelFailed(logger, operation, reason, ex.GetType().Name);
            return ModelOutcome<T>.Failure(reason);
        }
    }
}
