using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PaperBot.AI.Embeddings;
using PaperBot.Core.Papers;

namespace PaperBot.Embeddings;

/// <summary>
/// Embeds the papers that lack vectors in the background, so no member ever waits for it: once at start, then each
/// time <see cref="EmbeddingBackfillSignal"/> is raised (after every ingest). Vectors are saved a batch per transaction,
/// so stopping (or a killed process) mid-backfill loses at most the batch under way. Search ranks lexically until
/// vectors exist. Runs in the bot (as a hosted service) and beside the local shell.
/// </summary>
internal sealed class EmbeddingBackfillService(
    EmbeddingIndexer indexer,
    EmbeddingBackfillSignal signal,
    TimeProvider time,
    ILogger<EmbeddingBackfillService> logger) : BackgroundService
{
    /// <summary>Long backfills log their progress this often.</summary>
    public static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(10);

    private TaskCompletionSource<int> _pass = NewPass();

    /// <summary>
    /// Completes, with the number of papers embedded, when the pass under way (or else the next one) ends: waiting on it
    /// replaces polling. A pass that began before an ingest may not include its papers; the one it signalled will.
    /// </summary>
    public Task<int> NextPassAsync => Volatile.Read(ref _pass).Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the starter's thread at once: embedding is CPU work, and the shell must take its first question now.
        await Task.Yield();
        signal.Request();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await signal.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            var done = 0;
            try
            {
                done = await indexer.IndexMissingAsync(new ProgressLog(logger, time), stoppingToken);
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                break; // the batch under way is dropped whole; the next start embeds it again
            }
            catch (Exception error)
            {
                // A busy or unusable database, or anything unforeseen: never a reason to stop the bot; the next ingest
                // (or start) tries again.
                Log.BackfillFailed(logger, error is StoreException ? error.Message : $"{error.GetType().Name}: {error.Message}");
            }
            finally
            {
                Interlocked.Exchange(ref _pass, NewPass()).TrySetResult(done);
            }
        }

        Volatile.Read(ref _pass).TrySetCanceled(stoppingToken);
    }

    private static TaskCompletionSource<int> NewPass() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Logs papers/s and the time left, at most every <see cref="ProgressInterval"/>.</summary>
    private sealed class ProgressLog(ILogger logger, TimeProvider time) : IProgress<EmbeddingProgress>
    {
        private long _last = time.GetTimestamp();

        public void Report(EmbeddingProgress value)
        {
            if (time.GetElapsedTime(_last) < ProgressInterval)
            {
                return;
            }

            _last = time.GetTimestamp();
            Log.BackfillProgress(logger, value.Model, value.Done, value.Total, value.PapersPerSecond, (long)(value.Remaining ?? TimeSpan.Zero).TotalSeconds);
        }
    }
}
