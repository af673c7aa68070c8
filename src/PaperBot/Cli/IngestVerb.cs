using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Corpus;
using PaperBot.Embeddings;

namespace PaperBot.Cli;

/// <summary>
/// <c>ingest PATH... [--categories C,...] [--json]</c>: loads files and folders; names every bad file and bad line
/// with its line and reason; exits 1 when anything failed (the good files and lines are still loaded).
/// </summary>
internal static class IngestVerb
{
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
            var filter = parse.GetValue(categories) is { } list ? CategoryFilter.Parse(list) : CategoryFilter.All;
            var report = await services.GetRequiredService<ICorpusIngestor>().IngestAsync(parse.GetValue(paths) ?? [], filter, token);
            await services.GetRequiredService<SemanticIndexCatchUp>().RunAsync(verbs.Error, token);
            foreach (var error in report.Errors)
            {
                await verbs.Error.WriteLineAsync($"error: {error}");
            }

            await verbs.WriteResultAsync(parse.GetValue(json), report, TextFormat.Report);

            return report.Errors.Count > 0 ? 1 : 0;
        }, ct));
        return command;
    }
}
