using System.CommandLine;
using Microsoft.Extensions.Hosting;
using PaperBot.Hosting;

namespace PaperBot.Cli;

/// <summary>
/// The command line (see README, "Command line"): parses the verb and its options, composes a host for it,
/// and runs the verb. Every verb takes <c>--db FILE</c>; those that print results take <c>--json</c>.
/// </summary>
internal static class PaperBotCli
{
    public static Task<int> RunAsync(string[] args, Func<CliOverrides, IHost> createHost, TextWriter output, TextWriter error)
    {
        var common = new CommonOptions();
        var verbs = new VerbContext(createHost, common, output, error);
        var root = new RootCommand("PaperBot: find, read and discuss research papers. With no verb: the local shell (or Discord when a token is configured).");
        common.AddTo(root);
        root.Subcommands.Add(SearchVerb.Create(verbs));
        root.Subcommands.Add(PaperVerb.Create(verbs));
        root.Subcommands.Add(StatsVerb.Create(verbs));
        root.Subcommands.Add(AskVerb.Create(verbs));
        root.Subcommands.Add(SummarizeVerb.Create(verbs));
        root.Subcommands.Add(SimilarVerb.Create(verbs));
        root.Subcommands.Add(HighlightsVerb.Create(verbs));
        root.Subcommands.Add(TrendsVerb.Create(verbs));
        var library = LibraryVerb.Create(verbs);
        library.Subcommands.Add(LibraryExportVerb.Create(verbs));
        root.Subcommands.Add(library);
        var ingest = IngestVerb.Create(verbs);
        root.Subcommands.Add(ingest);
        root.Subcommands.Add(EvalVerb.Create(verbs));
        root.Subcommands.Add(RunVerb.Create(verbs, "run", "Start PaperBot: Discord when a token is configured, otherwise the local shell."));
        root.Subcommands.Add(RunVerb.Create(verbs, "chat", "The local interactive shell on your corpus (reads stdin line by line when it is not a terminal)."));
        root.SetAction(RunVerb.Action(verbs));

        // Verbs report their own failures in one line (VerbContext); no stack traces from the parser's default handler.
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        var parse = root.Parse(args);
        if (parse.CommandResult.Command == ingest)
        {
            // ingest answers Ctrl+C itself (stop after the file being loaded, then abort): the parser must not cancel it at the first.
            configuration.ProcessTerminationTimeout = null;
        }

        return parse.InvokeAsync(configuration);
    }
}
