using System.Diagnostics;
using System.Text;
using System.Text.Json;
using PaperBot.Benchmarks.Ingest;
using PaperBot.Benchmarks.Search;
using PaperBot.Data.Search;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Json;
using PaperBot.Discord.Models;
using PaperBot.FakeDiscord;

namespace PaperBot.Benchmarks.Discord;

/// <summary>
/// Times, in this process and on one thread, the parts of answering a /search that are PaperBot's own code, on
/// PaperBot's database after the rounds, with the same queries: what an acknowledgement costs beyond these is the
/// transport (WebSocket, HTTP), scheduling, and waiting for a core. A diagnostic, not a target.
/// </summary>
internal static class AckWorkProfile
{
    private const int Passes = 10;

    public static async Task<AckWork> RunAsync(string databasePath, string applicationId, CancellationToken cancellationToken)
    {
        using var database = PaperBotIngest.OpenStore(databasePath);
        var search = new SqlitePaperSearch(database);
        var payloads = AckQueries.All
            .Select((q, i) => Encoding.UTF8.GetBytes(FakeDispatches.Interaction(
                $"13300000000000{i:D5}", $"token{i}", applicationId, 2, AckQueries.SearchCommand(q), FakeIds.Channel, FakeIds.Guild, FakeIds.MemberPermissions).ToJsonString()))
            .ToList();

        var (parse, searching, reply) = (new Stopwatch(), new Stopwatch(), new Stopwatch());
        var byQuery = new double[payloads.Count];
        for (var pass = -2; pass < Passes; pass++)
        {
            // Two untimed passes first, so every call below runs JIT-optimized code.
            var timed = pass >= 0;
            for (var i = 0; i < payloads.Count; i++)
            {
                Time(parse, timed);
                var interaction = JsonSerializer.Deserialize(payloads[i], DiscordJsonContext.Default.Interaction)!;
                var query = interaction.Data!.Options![0].Value!.Value.GetString()!;
                Swap(parse, searching, timed);
                var before = searching.Elapsed;
                var hits = await search.SearchAsync(query, PaperMessages.PageSize + 1, cancellationToken);
                Swap(searching, reply, timed);
                byQuery[i] += (searching.Elapsed - before).TotalMilliseconds / Passes;
                var first = PaperMessages.SearchResults(query, [.. hits.Take(PaperMessages.PageSize)], 0, hits.Count > PaperMessages.PageSize).ToPayloads()[0];
                var data = new InteractionCallbackData { Content = first.Content, Embeds = first.Embeds, Components = first.Components, Flags = first.Flags, AllowedMentions = first.AllowedMentions };
                _ = JsonSerializer.SerializeToUtf8Bytes(new InteractionResponse(InteractionCallbackType.ChannelMessageWithSource, data), DiscordJsonContext.Default.InteractionResponse);
                reply.Stop();
            }
        }

        double Mean(Stopwatch clock) => clock.Elapsed.TotalMilliseconds / (Passes * payloads.Count);
        var slowestFirst = AckQueries.All.Select((q, i) => (q, byQuery[i])).OrderByDescending(p => p.Item2).ToDictionary(p => p.q, p => p.Item2, StringComparer.Ordinal);
        using var bare = new BareSearch(databasePath);
        var parts = SearchProfile.Run(database, bare, [.. AckQueries.All.Select(q => new BenchQuery("ack", q))], Passes);
        return new AckWork(Mean(parse), Mean(searching), Mean(reply), slowestFirst, parts);
    }

    private static void Time(Stopwatch clock, bool timed)
    {
        if (timed)
        {
            clock.Start();
        }
    }

    private static void Swap(Stopwatch stop, Stopwatch start, bool timed)
    {
        stop.Stop();
        Time(start, timed);
    }
}
