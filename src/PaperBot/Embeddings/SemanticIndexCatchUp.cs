using System.Globalization;
using PaperBot.AI.Embeddings;

namespace PaperBot.Embeddings;

/// <summary>
/// For one-shot verbs: embeds the papers that lack vectors before the verb answers, so the first <c>search</c> on a
/// fresh database is already semantic. Says so on stderr, with a progress line every few seconds. Nothing to do
/// (the usual case) costs two counts.
/// </summary>
internal sealed class SemanticIndexCatchUp(EmbeddingIndexer indexer, TimeProvider time)
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(5);

    public async Task RunAsync(TextWriter progress, CancellationToken cancellationToken)
    {
        if (await indexer.GetCoverageAsync(cancellationToken) is not { Available: true, Missing: > 0 } coverage)
        {
            return;
        }

        await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Building the semantic index ({coverage.Model}): {coverage.Missing} of {coverage.Papers} papers to embed ..."));
        var started = time.GetTimestamp();
        var done = await indexer.IndexMissingAsync(new ProgressLines(progress, time), cancellationToken);
        if (done > 0)
        {
            var seconds = time.GetElapsedTime(started).TotalSeconds;
            await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Semantic index ready: {done} papers embedded in {seconds:0.0} s ({done / Math.Max(seconds, 0.001):0.0} papers/s)."));
        }
    }

    /// <summary>One line per <see cref="ProgressInterval"/>: done, rate, time left.</summary>
    private sealed class ProgressLines(TextWriter output, TimeProvider time) : IProgress<EmbeddingProgress>
    {
        private long _last = time.GetTimestamp();

        public void Report(EmbeddingProgress value)
        {
            if (value.Done >= value.Total || time.GetElapsedTime(_last) < ProgressInterval)
            {
                return;
            }

            _last = time.GetTimestamp();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {value.Done} of {value.Total} papers ({value.PapersPerSecond:0.0}/s, about {(value.Remaining ?? TimeSpan.Zero).TotalSeconds:0} s left)"));
        }
    }
}
