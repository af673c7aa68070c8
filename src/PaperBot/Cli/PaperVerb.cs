using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Papers;

namespace PaperBot.Cli;

/// <summary><c>paper ID-OR-TITLE [--json]</c>: one paper with its metadata, links and abstract.</summary>
internal static class PaperVerb
{
    public static Command Create(VerbContext verbs)
    {
        var idOrTitle = PaperArgument.Create();
        var json = CommonOptions.Json();
        var command = new Command("paper", "Show one paper.") { idOrTitle, json };
        command.SetAction((parse, ct) => verbs.RunWithCorpusAsync(parse, async (services, token) =>
        {
            var paper = await PaperArgument.FindAsync(services.GetRequiredService<IPaperStore>(), parse.GetValue(idOrTitle) ?? "", verbs.Error, token);
            if (paper is null)
            {
                return 1;
            }

            await verbs.WriteResultAsync(parse.GetValue(json), PaperJson.From(paper), _ => TextFormat.Paper(paper));

            return 0;
        }, ct));
        return command;
    }
}
