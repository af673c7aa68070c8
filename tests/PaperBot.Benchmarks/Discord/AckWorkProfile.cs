using System.Diagnostics;
using System.Text;
using System.Text.Json;
using PaperBot.Benchmarks.Ingest;
using PaperBot.Benchmarks.Search;
using PaperBot.Core.Papers;
using PaperBot.Data.Search;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Json;
using PaperBot.Discord.Models;
using PaperBot.FakeDiscord;

namespace PaperBot.Benchmarks.Discord;

/// <summary>
/// Times, in this process and on one thread, the parts of answering a /search that are PaperBot's own code, on
/// PaperBot's database after the rounds, with the same queries: what an acknowledgement costs beyond these is the
/// transport (WebSocket, HTTP), scheduling, and waiting for a core. Each part runs in its own loop and is timed in
/// CPU time of this process (otherwise idle), which a busy shared machine inflates far less than wall time.
/// A diagnostic, not a target.
/// </summary>
internal static class AckWorkProfile
{
    private const int Passes = 10;
    private static readonly TimeSpan MinCpu = TimeSpan.FromMilliseconds(500);

    public static async Task<AckWork> RunAsync(string databasePath, string applicationId, CancellationToken cancellationToken)
    {
        using var database = PaperBotIngest.OpenStore(databasePath);
        var search = new SqlitePaperSearch(database);
        var queries = AckQueries.All;
        var payloads = queries
            .Select((q, i) => Encoding.UTF8.GetBytes(FakeDispatches.Interaction(
                $"13300000000000{i:D5}", $"token{i}", applicationId, 2, AckQueries.SearchCommand(q), FakeIds.Channel, FakeIds.Guild, FakeIds.MemberPermissions).ToJsonString()))
            .ToList();
        var hits = new IReadOnlyList<PaperHit>[queries.Count];
        var searchMs = new double[queries.Count];
        var searchCalls = new int[queries.Count];

        // Two untimed passes first, so every timed call runs JIT-optimized code.
        var parse = await TimeAsync(i => Task.FromResult(JsonSerializer.Deserialize(payloads[i], DiscordJsonContext.Default.Interaction)!.Data!.Options![0].Value!.Value.GetString()), queries.Count);
        var searching = await TimeAsync(
            async i =>
            {
                var clock = Stopwatch.StartNew();
                hits[i] = await search.SearchAsync(queries[i], PaperMessages.PageSize + 1, cancellationToken);
                searchMs[i] += clock.Elapsed.TotalMilliseconds;
                searchCalls[i]++;
                return hits[i];
            },
            queries.Count);
        var reply = await TimeAsync(i => Task.FromResult(Serialize(queries[i], hits[i])), queries.Count);

        using var bare = new BareSearch(databasePath);
        var parts = SearchProfile.Run(database, bare, [.. queries.Select(q => new BenchQuery("ack", q))], Passes);
        var slowestFirst = queries.Select((q, i) => (Query: q, Ms: searchMs[i] / searchCalls[i]))
            .OrderByDescending(p => p.Ms)
            .ToDictionary(p => p.Query, p => p.Ms, StringComparer.Ordinal);
        return new AckWork(parse, searching, reply, slowestFirst, parts);
    }

    /// <summary>The callback body PaperBot posts for these hits (the reply fitted to Discord's limits, serialized).</summary>
    private static byte[] Serialize(string query, IReadOnlyList<PaperHit> hits)
    {
        var first = PaperMessages.SearchResults(query, [.. hits.Take(PaperMessages.PageSize)], 0, hits.Count > PaperMessages.PageSize).ToPayloads()[0];
        var data = new InteractionCallbackData { Content = first.Content, Embeds = first.Embeds, Components = first.Components, Flags = first.Flags, AllowedMentions = first.AllowedMentions };
        return JsonSerializer.SerializeToUtf8Bytes(new InteractionResponse(InteractionCallbackType.ChannelMessageWithSource, data), DiscordJsonContext.Default.InteractionResponse);
    }

    /// <summary>
    /// Mean CPU milliseconds per call of <paramref name="call"/>: whole passes over the <paramref name="count"/> queries,
    /// at least <see cref="Passes"/> and until <see cref="MinCpu"/> is used (the process clock ticks in 10 ms steps).
    /// </summary>
    private static async Task<double> TimeAsync<T>(Func<int, Task<T>> call, int count)
    {
        for (var i = 0; i < 2 * count; i++)
        {
            GC.KeepAlive(await call(i % count));
        }

        using var self = Process.GetCurrentProcess();
        var before = self.TotalProcessorTime;
        var calls = 0;
        for (var pass = 0; pass < Passes || self.TotalProcessorTime - before < MinCpu; pass++)
        {
            for (var i = 0; i < count; i++, calls++)
            {
                GC.KeepAlive(await call(i));
            }

            self.Refresh();
        }

        return (self.TotalProcessorTime - before).TotalMilliseconds / calls;
    }
}
