using System.Text.Json;
using PaperBot.Benchmarks.Generation;
using PaperBot.Benchmarks.Ingest;
using PaperBot.Benchmarks.Measurement;
using PaperBot.Benchmarks.Reporting;
using PaperBot.Benchmarks.Search;

namespace PaperBot.Benchmarks;

/// <summary>
/// One benchmark run: builds the vocabulary from the real corpus, writes the synthetic corpus for the largest size,
/// then for each size ingests it with PaperBot and with the baseline, times the queries and the CLI's start, and
/// prints the figures as each size finishes. Progress goes to <c>progress</c>, tables to <c>output</c>.
/// </summary>
internal sealed class BenchmarkRunner(BenchmarkOptions options, TextWriter output, TextWriter progress)
{
    /// <summary>Fixed: the same corpus, byte for byte, on every run (the provider comparison generates the same one).</summary>
    public const ulong Seed = 20_251_211;
    public const int VocabularySize = 40_000;

    public async Task<BenchmarkReport> RunAsync(CancellationToken cancellationToken)
    {
        if (options.Reuse && options.OutputFolder is null)
        {
            throw new ArgumentException("--reuse needs --out DIR: the folder an earlier run kept with --keep");
        }

        var folder = options.OutputFolder ?? Directory.CreateTempSubdirectory("paperbot-bench-").FullName;
        var corpusFolder = Path.Combine(folder, "corpus");
        var createdFolder = options.OutputFolder is null || !Directory.Exists(folder);
        Directory.CreateDirectory(folder);
        try
        {
            var realCorpus = Directory.GetFiles(options.CorpusFolder, "*.txt").Order(StringComparer.Ordinal).ToList();
            var vocabulary = await Vocabulary.LoadAsync(realCorpus, VocabularySize, Seed, cancellationToken);
            var generator = new PaperTextGenerator(vocabulary, Seed);
            var snapshot = options.Format == SyntheticFormat.Snapshot ? new ArxivSnapshotWriter(generator, Seed) : null;
            var corpus = new CorpusGenerator(generator, corpusFolder, snapshot);
            await progress.WriteLineAsync($"vocabulary: {vocabulary.RealCount:N0} real words from {realCorpus.Count} files + {vocabulary.Count - vocabulary.RealCount:N0} made-up; writing to {folder}");
            if (snapshot is not null)
            {
                SnapshotSelfCheck.Run(generator, snapshot);
                await progress.WriteLineAsync("arXiv snapshot generator: self-check passed (valid JSON lines, deterministic, fields present, same papers as the page dumps)");
            }

            var reused = options.Sizes.Where(papers => IsReusable(papers, folder)).ToHashSet();
            var toIngest = options.Sizes.Where(papers => !reused.Contains(papers)).ToList();
            var generation = 0.0;
            if (toIngest.Count > 0)
            {
                await progress.WriteLineAsync($"generating {toIngest[^1]:N0} papers ({options.Format}) ...");
                var generated = corpus.Ensure(toIngest[^1], cancellationToken);
                generation = generated.Seconds;
                await progress.WriteLineAsync($"  {generated.FilesWritten} files written in {generated.Seconds:0.0} s ({Targets.Mb(generated.Bytes)})");
                await RequirePaperBotReadsAsync(corpus.Plan(toIngest[^1])[0].Path, generator, cancellationToken);
            }

            var paperBotDll = PaperBotLocator.Find(options.PaperBotDll);
            if (paperBotDll is null)
            {
                await progress.WriteLineAsync("PaperBot.dll not found: start-up is not measured (build src/PaperBot or pass --paperbot PATH).");
            }

            var searches = QuerySet.Searches(vocabulary);
            var prefixes = QuerySet.Prefixes(generator);
            var printer = new ReportPrinter(output);
            var sizes = new List<SizeReport>();
            foreach (var papers in options.Sizes)
            {
                var size = await RunSizeAsync(papers, reused.Contains(papers), corpus, folder, paperBotDll, searches, prefixes, cancellationToken);
                sizes.Add(size);
                printer.PrintSize(size);
            }

            var report = new BenchmarkReport(MachineInfo.Current(ProcessMemory.PeakIsPerPhase), options.Repetitions, generation, sizes, Targets.Evaluate(sizes));
            printer.PrintSummary(report);
            if (options.JsonFile is { } json)
            {
                await File.WriteAllTextAsync(json, JsonSerializer.Serialize(report, BenchmarkJsonContext.Default.BenchmarkReport), cancellationToken);
                await progress.WriteLineAsync($"wrote {json}");
            }

            return report;
        }
        finally
        {
            if (!options.Keep)
            {
                CleanUp(folder, corpusFolder, createdFolder);
            }
        }
    }

    private async Task<SizeReport> RunSizeAsync(
        int papers, bool reused, CorpusGenerator corpus, string folder, string? paperBotDll,
        IReadOnlyList<BenchQuery> searches, IReadOnlyList<BenchQuery> prefixes, CancellationToken cancellationToken)
    {
        var ours = PaperBotDatabase(folder, papers);
        GenerationResult generated;
        IngestReport? ingest = null;
        if (reused)
        {
            generated = corpus.Describe(papers);
            await Step(papers, $"reusing {Path.GetFileName(ours)} from an earlier kept run: no ingest comparison");
        }
        else
        {
            generated = corpus.Ensure(papers, cancellationToken);
            ingest = await new IngestStage(options, Step, progress).RunAsync(papers, corpus, folder, ours, cancellationToken);
        }

        var databaseBytes = DatabaseFiles.Bytes(ours);
        await Step(papers, $"timing {searches.Count} searches and {prefixes.Count + 1} autocompletes x {options.Repetitions}, checking the BM25 ranking");
        var search = await SearchBench.RunAsync(ours, searches, prefixes, options.Repetitions, cancellationToken);
        StartupResult? startup = null;
        if (paperBotDll is not null)
        {
            await Step(papers, "timing the CLI's start-up");
            startup = await StartupBench.RunAsync(paperBotDll, ours, options.StartupRuns, cancellationToken);
        }

        if (!options.Keep)
        {
            DatabaseFiles.Delete(ours);
        }

        return new SizeReport(papers, generated, ingest, databaseBytes, search, startup);
    }

    /// <summary>With <c>--reuse</c>: whether a kept run left this size's PaperBot database complete; says why not otherwise.</summary>
    private bool IsReusable(int papers, string folder)
    {
        if (!options.Reuse)
        {
            return false;
        }

        var why = KeptDatabase.WhyNotReusable(PaperBotDatabase(folder, papers), options.Format.ToString(), papers);
        if (why is not null)
        {
            progress.WriteLine($"[{papers:N0}] not reused, ingesting: {why}");
        }

        return why is null;
    }

    /// <summary>Stops the run, in one line, when this PaperBot build cannot read the corpus format (the snapshot parser is being written).</summary>
    private static async Task RequirePaperBotReadsAsync(string first, PaperTextGenerator generator, CancellationToken cancellationToken)
    {
        if (await PaperBotFormatProbe.WhyUnreadableAsync(first, generator.Title(0), cancellationToken) is { } why)
        {
            throw new InvalidOperationException(
                $"this PaperBot build cannot read the generated {Path.GetExtension(first)} corpus yet ({why}); run with --format pagedump, or with a PaperBot that reads arXiv snapshots");
        }
    }

    /// <summary>Page dumps keep the name earlier kept runs used; snapshot-ingested databases get their own.</summary>
    private string PaperBotDatabase(string folder, int papers) =>
        Path.Combine(folder, options.Format == SyntheticFormat.Snapshot ? $"paperbot-arxiv-{papers}.db" : $"paperbot-{papers}.db");

    private async Task Step(int papers, string what)
    {
        await DiskSync.FlushAsync(CancellationToken.None);
        await progress.WriteLineAsync($"[{papers:N0}] {what}");
    }

    /// <summary>Removes what this run made: the whole folder when it made it, else its corpus and databases only.</summary>
    private static void CleanUp(string folder, string corpusFolder, bool createdFolder)
    {
        try
        {
            if (createdFolder)
            {
                Directory.Delete(folder, recursive: true);
                return;
            }

            if (Directory.Exists(corpusFolder))
            {
                Directory.Delete(corpusFolder, recursive: true);
            }

            foreach (var database in Directory.EnumerateFiles(folder, "*.db*").Where(f => Path.GetFileName(f).StartsWith("paperbot-", StringComparison.Ordinal) || Path.GetFileName(f).StartsWith("baseline-", StringComparison.Ordinal)))
            {
                File.Delete(database);
            }
        }
        catch (IOException)
        {
            // A file still open elsewhere: the OS temp cleaner will take it.
        }
    }
}
