using Microsoft.Extensions.Options;
using PaperBot.Core.Corpus;
using PaperBot.Core.Papers;

namespace PaperBot.Corpus;

/// <summary>
/// Loads the bundled corpus the first time PaperBot is used with an empty database, so a fresh clone can
/// search straight away. A database that already holds any ingested file is left as it is.
/// </summary>
internal sealed class BundledCorpus(IOptions<CorpusOptions> options, IPaperStore store, ICorpusIngestor ingestor)
{
    /// <summary>Ingests the bundled corpus when the store is empty; returns the report, or null when nothing was needed.</summary>
    public async Task<IngestReport?> EnsureLoadedAsync(TextWriter progress, CancellationToken cancellationToken)
    {
        if (!options.Value.AutoIngest)
        {
            return null;
        }

        // Runs before every command, so it must not scan the papers: at a million of them stats take seconds.
        var folder = options.Value.ResolvePath();
        if (await store.HasIngestedAnyFileAsync(cancellationToken) || !Directory.Exists(folder))
        {
            return null;
        }

        await progress.WriteLineAsync($"First run: loading the bundled corpus from {folder} ...");
        var report = await ingestor.IngestAsync([folder], cancellationToken);
        await progress.WriteLineAsync($"Loaded {report.New} papers from {report.Ingested} files.");
        foreach (var error in report.Errors)
        {
            await progress.WriteLineAsync($"warning: {error}");
        }

        // No embedding here: one-shot verbs that rank embed next (SemanticIndexCatchUp), the shell and the bot in the
        // background (EmbeddingBackfillService), so that a verb that only reads never waits for the model.
        return report;
    }
}
