using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Corpus;
using PaperBot.Core.Papers;
using PaperBot.Search;
using PaperBot.Embeddings;

namespace PaperBot.Cli;

/// <summary>
/// <c>ingest PATH... [--json]</c>: loads files and folders; names every bad file with its line and reason;
/// exits 1 when any file failed (the good ones are still loaded).
/// </summary>
internal static class IngestVerb
{
    public static Command Create(VerbContext verbs)
    {
        var paths = new Argument<string[]>("paths") { Description = "Corpus files or folders (.txt page dumps, Hugging Face .json, arXiv Atom .xml).", Arity = ArgumentArity.OneOrMore };
        var json = CommonOptions.Json();
        var command = new Command("ingest", "Load corpus files into the database.") { paths, json };
        command.SetAction((parse, ct) => verbs.RunAsync(parse, async (services, token) =>
        {
            var report = await services.GetRequiredService<ICorpusIngestor>().IngestAsync(parse.GetValue(paths) ?? [], token);
            await services.GetRequiredService<SemanticIndexCatchUp>().RunAsync(verbs.Error, token);
            await SearchIndexStep.RunAsync(services.GetRequiredService<ISearchIndexBuilder>(), verbs.Error, token);
            foreach (var error in report.Errors)
            {
                await verbs.Error.WriteLineAsync($"error: {error}");
            }

            await verbs.WriteResultAsync(parse.GetValue(json), report, TextFormat.Report);

            return report.Failed > 0 ? 1 : 0;
        }, ct));
        return command;
    }
}
