using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Corpus;
using PaperBot.Core.Papers;
using PaperBot.Search;
using PaperBot.Embeddings;

namespace PaperBot.Cli;

/// <summary>
/// <c>ingest PATH... [--categories C,...] [--json]</c>: loads files and folders, with progress on stderr; names every bad
/// file and bad line with its line and reason; exits 1 when anything failed (the good files and lines are still loaded).
/// Ctrl+C stops after the file being loaded (exit 130); a second Ctrl+C aborts it, rolled back (see <see cref="IngestInterrupt"/>).
/// </summary>
internal static class IngestVerb
{
    /// <summary>The exit code of a run stopped by Ctrl+C, as a shell reports a process ended by SIGINT.</summary>
    public const int Interrupted = 130;

    public static Command Create(VerbContext verbs)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Corpus files or folders (.txt page dumps, Hugging Face .json, arXiv Atom .xml, the arXiv metadata snapshot .json/.jsonl; any of them gzip-compressed).",
            Arity = ArgumentArity.OneOrMore,
        };
        var categories = new Option<string?>("--categories")
        {
            Description = "Load only papers in any of these arXiv categories, comma-separated; a value ending in '.' is a prefix " +
                "(e.g. cs.CL,cs.LG or cs.,stat.ML). Papers without categories (page dumps, Hugging Face JSON) are not loaded when this is given.",
        };
        categories.Validators.Add(r =>
        {
            try
            {
                CategoryFilter.Parse(r.GetValue(categories));
            }
            catch (FormatException bad)
            {
                r.AddError(bad.Message);
            }
        });
        var json = CommonOptions.Json();
        var command = new Command("ingest", "Load corpus files into the database.") { paths, categories, json };
        command.SetAction((parse, ct) => verbs.RunAsync(parse, async (services, token) =>
        {
            using var interrupt = IngestInterrupt.Listen(token);
            var live = ReferenceEquals(verbs.Error, Console.Error) && !Console.IsErrorRedirected;
            var progress = new IngestProgressPrinter(verbs.Error, live, services.GetRequiredService<TimeProvider>(), interrupt.StopAfterFile);
            var catchUp = services.GetRequiredService<SemanticIndexCatchUp>();
            var searchIndex = services.GetRequiredService<ISearchIndexBuilder>();
            var filter = parse.GetValue(categories) is { } list ? CategoryFilter.Parse(list) : CategoryFilter.All;
            return await RunAsync(
                verbs, services.GetRequiredService<ICorpusIngestor>(), parse.GetValue(paths) ?? [], filter, parse.GetValue(json),
                progress, interrupt, async t =>
                {
                    await catchUp.RunAsync(verbs.Error, t);
                    await SearchIndexStep.RunAsync(searchIndex, verbs.Error, t);
                });
        }, ct));
        return command;
    }

    /// <summary>Ingests, prints the report, and says how the run ended; the exit code.</summary>
    internal static async Task<int> RunAsync(
        VerbContext verbs, ICorpusIngestor ingestor, IReadOnlyList<string> paths, CategoryFilter categories, bool json,
        IngestProgressPrinter progress, IngestInterrupt interrupt, Func<CancellationToken, Task> catchUp)
    {
        IngestReport report;
        try
        {
            report = await ingestor.IngestAsync(paths, categories, progress, interrupt.StopAfterFile, interrupt.Abort);
        }
        catch (OperationCanceledException) when (interrupt.Abort.IsCancellationRequested)
        {
            progress.Finish();
            await verbs.Error.WriteLineAsync("paperbot: aborted: the file being loaded was rolled back (the files before it are kept); run the same command again to finish.");
            return Interrupted;
        }

        progress.Finish();
        var stopped = report.Stopped || !await CatchUpAsync(verbs, interrupt, catchUp);
        foreach (var error in report.Errors)
        {
            await verbs.Error.WriteLineAsync($"error: {error}");
        }

        if (report.Stopped)
        {
            await verbs.Error.WriteLineAsync(
                $"paperbot: stopped by Ctrl+C after {report.Files} of {report.Files + report.NotStarted} files; {report.NotStarted} not started: run the same command again to load them (files already loaded are skipped).");
        }

        await verbs.WriteResultAsync(json, report, TextFormat.Report);
        return stopped ? Interrupted : report.Errors.Count > 0 ? 1 : 0;
    }

    /// <summary>Embeds the new papers; false when Ctrl+C stopped it (what was embedded is kept, the rest is done next time).</summary>
    private static async Task<bool> CatchUpAsync(VerbContext verbs, IngestInterrupt interrupt, Func<CancellationToken, Task> catchUp)
    {
        using var stopOrAbort = CancellationTokenSource.CreateLinkedTokenSource(interrupt.StopAfterFile, interrupt.Abort);
        try
        {
            await catchUp(stopOrAbort.Token);
            return true;
        }
        catch (OperationCanceledException) when (stopOrAbort.IsCancellationRequested)
        {
            await verbs.Error.WriteLineAsync("paperbot: stopped by Ctrl+C while embedding: the papers are loaded; the rest of the semantic index is built by the next search or run.");
            return false;
        }
    }
}
