using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Papers;

namespace PaperBot.Cli;

/// <summary><c>search "QUERY" [--top N] [--json]</c>: ranked papers for any text.</summary>
internal static class SearchVerb
{
    public static Command Create(VerbContext verbs)
    {
        var query = new Argument<string>("query") { Description = "What to look for: words, \"a phrase\", prefix*, a OR b." };
        var top = new Option<int>("--top") { Description = "How many results (1-100).", DefaultValueFactory = _ => 10 };
        top.Validators.Add(r =>
        {
            if (r.GetValue(top) is < 1 or > 100)
            {
                r.AddError("--top must be between 1 and 100.");
            }
        });
        var json = CommonOptions.Json();
        var command = new Command("search", "Search the corpus; best matches first.") { query, top, json };
        command.SetAction((parse, ct) => verbs.RunWithCorpusAsync(parse, async (services, token) =>
        {
            var hits = await services.GetRequiredService<IPaperSearch>().SearchAsync(parse.GetValue(query) ?? "", parse.GetValue(top), token);
            if (parse.GetValue(json))
            {
                await CliJson.WriteAsync(verbs.Output, hits.Select(SearchResultJson.From).ToList());
            }
            else
            {
                await verbs.Output.WriteAsync(TextFormat.Hits(parse.GetValue(query) ?? "", hits));
            }

            return 0;
        }, ct));
        return command;
    }
}
