using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.AI.Embeddings;
using PaperBot.Core.Papers;

namespace PaperBot.Cli;

/// <summary><c>stats [--json]</c>: what the database holds.</summary>
internal static class StatsVerb
{
    public static Command Create(VerbContext verbs)
    {
        var json = CommonOptions.Json();
        var command = new Command("stats", "Show what the database holds.") { json };
        command.SetAction((parse, ct) => verbs.RunWithCorpusAsync(parse, async (services, token) =>
        {
            var stats = await services.GetRequiredService<IPaperStore>().GetStatsAsync(token) with
            {
                SemanticIndex = await services.GetRequiredService<EmbeddingIndexer>().GetCoverageAsync(token),
            };
            await verbs.WriteResultAsync(parse.GetValue(json), stats, TextFormat.Stats);

            return 0;
        }, ct));
        return command;
    }
}
