using PaperBot.Benchmarks.Generation;
using PaperBot.Benchmarks.Measurement;
using PaperBot.Benchmarks.Reporting;

namespace PaperBot.Benchmarks.Ingest;

/// <summary>
/// The ingest comparison of one size: PaperBot, the baseline and the baseline with term vectors in turns (the median of
/// three rounds below <see cref="SingleRoundFrom"/> papers), the rows compared, PaperBot's own work profiled; with
/// <c>--keep</c> the PaperBot database is marked complete for a later <c>--reuse</c>. <c>step</c> prints a progress line.
/// </summary>
internal sealed class IngestStage(BenchmarkOptions options, Func<int, string, Task> step, TextWriter progress)
{
    private const int SingleRoundFrom = 100_000;

    /// <summary>PaperBot, the baseline and the baseline with term vectors ingest the corpus in turns; the databases are compared.</summary>
    public async Task<IngestReport> RunAsync(int papers, CorpusGenerator corpus, string folder, string ours, CancellationToken cancellationToken)
    {
        var files = corpus.Plan(papers).Select(f => f.Path).ToList();
        var theirs = Path.Combine(folder, $"baseline-{papers}.db");
        var withTerms = Path.Combine(folder, $"baseline-terms-{papers}.db");

        // Small corpora ingest in about a second, where disk flushes and JIT tiering are noise: take the median of three.
        var rounds = papers < SingleRoundFrom ? 3 : 1;
        var runs = new List<IReadOnlyList<IngestRun>>();
        for (var round = 0; round < rounds; round++)
        {
            KeptDatabase.Forget(ours);
            foreach (var database in new[] { ours, theirs, withTerms })
            {
                DatabaseFiles.Delete(database);
            }

            await step(papers, $"ingesting with PaperBot, bare SQLite, and bare SQLite + term vectors, file by file in turns{RoundNote(round, rounds)}");
            runs.Add(await IngestComparison.RunAsync(
                [
                    () => new PaperBotIngest(ours),
                    () => new BaselineIngest(theirs, PaperTextGenerator.PageYear, termVectors: false),
                    () => new BaselineIngest(withTerms, PaperTextGenerator.PageYear, termVectors: true),
                ],
                files,
                line => progress.WriteLine(line),
                cancellationToken));
            await step(papers, "  " + string.Join(", ", runs[^1].Select(r => $"{r.PapersPerSecond:N0}")) + " papers/s");
        }

        var (paperBot, baseline, baselineWithTerms) = (Median(runs, 0), Median(runs, 1), Median(runs, 2));
        await step(papers, "comparing rows, timing PaperBot's parse/hash work");
        var mismatch = RowCheck.Compare(ours, theirs) ?? RowCheck.Compare(ours, withTerms) ?? RowCheck.CompareTerms(ours, withTerms);
        var work = await IngestProfile.RunAsync(files, cancellationToken);
        if (options.Keep)
        {
            KeptDatabase.MarkComplete(ours, options.Format.ToString(), papers);
        }
        else
        {
            DatabaseFiles.Delete(theirs);
            DatabaseFiles.Delete(withTerms);
        }

        return new IngestReport(paperBot, baseline, baselineWithTerms, work, mismatch);
    }

    private static IngestRun Median(List<IReadOnlyList<IngestRun>> rounds, int side) =>
        rounds.Select(r => r[side]).OrderBy(r => r.Seconds).ElementAt(rounds.Count / 2);

    private static string RoundNote(int round, int rounds) => rounds == 1 ? "" : $" (round {round + 1} of {rounds}, median kept)";
}
