using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Papers;

namespace PaperBot.Cli;

/// <summary><c>search "QUERY" [--top N] [--category CATS] [--since DATE] [--until DATE] [--json]</c>: ranked papers for any text.</summary>
internal static class SearchVerb
{
    public static Command Create(VerbContext verbs)
    {
        var query = new Argument<string>("query") { Description = "What to look for: words, \"a phrase\", prefix*, a OR b." };
        var top = CommonOptions.Top(10, 100, "results");
        var filters = new SearchFilterOptions();
        var json = CommonOptions.Json();
        var command = new Command("search", "Search the corpus; best matches first.") { query, top, json };
        filters.AddTo(command);
        command.SetAction((parse, ct) => verbs.RunWithIndexAsync(parse, async (services, token) =>
        {
            var (filter, problem) = await SearchFilterRules.ReadAsync(filters.Read(parse), services.GetRequiredService<IPaperStore>(), token);
            if (problem is not null)
            {
                await verbs.Error.WriteLineAsync($"paperbot: {problem}");
                return 2;
            }

            var text = parse.GetValue(query) ?? "";
            var hits = await services.GetRequiredService<IPaperSearch>().SearchAsync(text, parse.GetValue(top), filter, token);
            await verbs.WriteResultAsync(parse.GetValue(json), hits.Select(SearchResultJson.From).ToList(), _ => TextFormat.Hits(text, hits));
            return 0;
        }, ct));
        return command;
    }
}
