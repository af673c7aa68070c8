using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.AI.Embeddings;
using PaperBot.Core.Papers;
using PaperBot.Core.Status;
using PaperBot.Shards;

namespace PaperBot.Cli;

/// <summary><c>stats [--json]</c>: what the database holds, and how the gateway shards of the bots on it stand.</summary>
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
            // The bots on this store say how their gateway shards stand on its status board; none have run: no shards.
            var shards = (await ShardReports.ReadAllAsync(services.GetRequiredService<IStatusBoard>(), token)).ToList();
            var report = JsonSerializer.SerializeToNode(stats, CliJsonContext.Default.CorpusStats)!.AsObject();
            report["discordShards"] = JsonSerializer.SerializeToNode(shards, CliJsonContext.Default.ListShardReport);
            await verbs.WriteResultAsync(parse.GetValue(json), report, _ => TextFormat.Stats(stats, shards));

            return 0;
        }, ct));
        return command;
    }
}
