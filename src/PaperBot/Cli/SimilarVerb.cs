using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Papers;

namespace PaperBot.Cli;

/// <summary><c>similar ID-OR-TITLE [--top N] [--json]</c>: related work.</summary>
internal static class SimilarVerb
{
    public static Command Create(VerbContext verbs)
    {
        var idOrTitle = PaperArgument.Create();
        var top = CommonOptions.Top(5, 50, "papers");
        var json = CommonOptions.Json();
        var command = new Command("similar", "Papers related to one paper.") { idOrTitle, top, json };
        command.SetAction((parse, ct) => verbs.RunWithIndexAsync(parse, async (services, token) =>
        {
            var paper = await PaperArgument.FindAsync(services.GetRequiredService<IPaperStore>(), parse.GetValue(idOrTitle) ?? "", verbs.Error, token);
            if (paper is null)
            {
                return 1;
            }

            var hits = await services.GetRequiredService<ISimilarPapers>().FindSimilarAsync(paper.Id, parse.GetValue(top), token);
            await verbs.WriteResultAsync(parse.GetValue(json), hits.Select(SearchResultJson.From).ToList(), _ => TextFormat.Related(paper, hits));

            return 0;
        }, ct));
        return command;
    }
}
