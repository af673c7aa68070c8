using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Papers;

namespace PaperBot.Cli;

/// <summary><c>paper ID-OR-TITLE [--json]</c>: one paper with its metadata, links and abstract.</summary>
internal static class PaperVerb
{
    public static Command Create(VerbContext verbs)
    {
        var idOrTitle = new Argument<string>("id-or-title") { Description = "A PaperBot id (42), an arXiv id or URL, or a title (or its start)." };
        var json = CommonOptions.Json();
        var command = new Command("paper", "Show one paper.") { idOrTitle, json };
        command.SetAction((parse, ct) => verbs.RunWithCorpusAsync(parse, async (services, token) =>
        {
            var wanted = parse.GetValue(idOrTitle) ?? "";
            var paper = await services.GetRequiredService<IPaperStore>().FindAsync(wanted, token);
            if (paper is null)
            {
                await verbs.Error.WriteLineAsync($"paperbot: no paper matches \"{wanted}\": try `search \"{wanted}\"` to see what is there.");
                return 1;
            }

            if (parse.GetValue(json))
            {
                await CliJson.WriteAsync(verbs.Output, PaperJson.From(paper));
            }
            else
            {
                await verbs.Output.WriteAsync(TextFormat.Paper(paper));
            }

            return 0;
        }, ct));
        return command;
    }
}
