using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Papers;
using PaperBot.Core.Summaries;

namespace PaperBot.Cli;

/// <summary><c>summarize ID-OR-TITLE [--style tldr|detailed|newcomer|card] [--json]</c>.</summary>
internal static class SummarizeVerb
{
    public static Command Create(VerbContext verbs)
    {
        var idOrTitle = PaperArgument.Create();
        var style = new Option<SummaryStyle>("--style") { Description = "tldr (default), detailed, newcomer, or card (problem, method, results, limitations).", DefaultValueFactory = _ => SummaryStyle.TlDr };
        var json = CommonOptions.Json();
        var command = new Command("summarize", "Summarize one paper.") { idOrTitle, style, json };
        command.SetAction((parse, ct) => verbs.RunWithCorpusAsync(parse, async (services, token) =>
        {
            var paper = await PaperArgument.FindAsync(services.GetRequiredService<IPaperStore>(), parse.GetValue(idOrTitle) ?? "", verbs.Error, token);
            if (paper is null)
            {
                return 1;
            }

            var summary = await services.GetRequiredService<ISummarizer>().SummarizeAsync(paper.Id, parse.GetValue(style), token);
            if (summary is null)
            {
                return 1;
            }

            await verbs.WriteResultAsync(parse.GetValue(json), summary, TextFormat.Summary);

            return 0;
        }, ct));
        return command;
    }
}
