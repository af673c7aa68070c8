using Moq;
using PaperBot.Core.Chat;
using PaperBot.Core.Papers;
using PaperBot.FakeDiscord;
using PaperBot.Testing;

namespace PaperBot.IntegrationTests.Discord.Bot;

/// <summary>The bot with several shards in one process, and through a reshard: every interaction answered exactly once.</summary>
public sealed class ShardingEndToEndTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task TwoShards_GuildEventsOnBothAndADmOnShardZero_EachAnsweredOnce()
    {
        var assistant = new Mock<IAssistant>();
        assistant.Setup(a => a.AskAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AssistantAnswer("Pipelines split a model into stages.", [], AnswerMode.Offline));
        await using var bot = await InProcessBot.StartAsync(Searching(), assistant, new FakeDiscordOptions { Shards = 2 });
        var discord = bot.Discord;

        var sent = new List<FakeInteraction>();
        for (var n = 0; n < 6; n++)
        {
            sent.Add(await discord.SendInteractionAsync(2, BotEndToEndTests.Command("search", ("query", $"topic {n}")), guildId: FakeShard.GuildOn(n % 2, 2)));
        }

        var dm = await discord.SendMessageCreateAsync("what is pipeline parallelism?", channelId: discord.DmChannelOf(FakeIds.User), guildId: null);
        await FakeDiscordServer.WaitForAsync(() => sent.All(i => discord.Callbacks.Any(c => c.InteractionId == i.Id)) && discord.ChannelMessages.Count >= 1, Patience, "every answer");
        await bot.Host.StopAsync(CancellationToken.None);

        Assert.Equal(["[0,2]", "[1,2]"], discord.IdentifyPayloads.Select(p => p["shard"]!.ToJsonString()).Order(StringComparer.Ordinal));
        var interactions = discord.Deliveries.Where(d => d.Type == "INTERACTION_CREATE").ToList();
        Assert.Equal([0, 1], interactions.Select(d => d.Shard).Distinct().Order());
        Assert.All(interactions, d => Assert.Equal(FakeShard.Of(d.GuildId, 2), d.Shard));
        Assert.Equal(0, Assert.Single(discord.Deliveries, d => d.Type == "MESSAGE_CREATE").Shard);
        Assert.All(sent, i => Assert.Single(discord.Callbacks, c => c.InteractionId == i.Id));
        Assert.Contains("stages", Assert.Single(discord.ChannelMessages).Body.ToJsonString(), StringComparison.Ordinal);
        Assert.NotNull(dm);
        Assert.Empty(discord.Violations);
    }

    [Fact]
    public async Task Close4011_ReshardsToTwo_NoInteractionLostOrAnsweredTwice()
    {
        // The bot runs on a clock the test moves, so the identify pacing of the reshard is checked without waiting.
        var clock = new WaitableTimeProvider();
        var start = clock.GetUtcNow();
        var options = new FakeDiscordOptions { EnforceIdentifyRate = false, InteractionDeadline = Patience };
        await using var bot = await InProcessBot.StartAsync(Searching(), new Mock<IAssistant>(), options, time: clock);
        var discord = bot.Discord;
        var sent = new List<FakeInteraction>();
        async Task SendAsync(int shardOfTwo) =>
            sent.Add(await discord.SendInteractionAsync(2, BotEndToEndTests.Command("search", ("query", $"topic {sent.Count}")), guildId: FakeShard.GuildOn(shardOfTwo, 2)));

        // One shard: both guilds on it.
        await SendAsync(0);
        await SendAsync(1);
        await FakeDiscordServer.WaitForAsync(() => discord.Callbacks.Count == 2, Patience, "the answers before the reshard");

        // Discord now wants 2 shards: it closes the connection with 4011. What is sent meanwhile waits for its new shard.
        await discord.RequireShardsAsync(2);
        await SendAsync(0);
        await SendAsync(1);

        // Shard 1 has a bucket of its own (max_concurrency 16) and comes up at once; shard 0 identified a moment ago
        // and may again only 5 s (and a margin) after that, so time moves when it is waiting for exactly that.
        await FakeDiscordServer.WaitForAsync(() => discord.IdentifyPayloads.Any(p => p["shard"]!.ToJsonString() == "[1,2]"), Patience, "shard 1 of 2");
        await clock.WaitForTimerDueAsync(start + PaperBot.Discord.Gateway.IdentifyLimiter.Window);
        Assert.DoesNotContain(discord.IdentifyPayloads, p => p["shard"]!.ToJsonString() == "[0,2]");
        clock.Advance(PaperBot.Discord.Gateway.IdentifyLimiter.Window);
        await FakeDiscordServer.WaitForAsync(() => discord.IsSessionLive, Patience, "both shards of 2");
        await SendAsync(0);
        await SendAsync(1);

        await FakeDiscordServer.WaitForAsync(() => sent.All(i => discord.Callbacks.Any(c => c.InteractionId == i.Id)), Patience, "an answer to every interaction");
        // A stopped bot has finished every handler: a second answer, if any, is in the fake by now.
        await bot.Host.StopAsync(CancellationToken.None);

        Assert.All(sent, i => Assert.Single(discord.Callbacks, c => c.InteractionId == i.Id));
        Assert.Equal(["[0,1]", "[0,2]", "[1,2]"], discord.IdentifyPayloads.Select(p => p["shard"]!.ToJsonString()).Order(StringComparer.Ordinal));
        var afterReshard = discord.Deliveries.Where(d => d.Type == "INTERACTION_CREATE" && d.ShardCount == 2).ToList();
        Assert.Equal(4, afterReshard.Count);
        Assert.All(afterReshard, d => Assert.Equal(FakeShard.Of(d.GuildId, 2), d.Shard));
        Assert.Equal(1, bot.Gateway.Stats.Reshards);
        Assert.Empty(discord.Violations);
    }

    [Fact]
    public async Task Stats_BesideARunningTwoShardBot_ShowsEachShardsState()
    {
        await using var bot = await BotHost.CreateAsync(new FakeDiscordOptions { Shards = 2 });
        await bot.StartAsync();

        // The bot rewrites its report when a shard changes state, so both shards show up ready soon after they are.
        System.Text.Json.JsonElement shards = default;
        await Eventually.UntilAsync(async () =>
        {
            var stats = await bot.RunVerbAsync("stats", "--json", "--db", bot.DatabasePath);
            Assert.True(stats.ExitCode == 0, stats.ToString());
            using var json = System.Text.Json.JsonDocument.Parse(stats.Output);
            var reports = json.RootElement.GetProperty("discordShards");
            shards = reports.GetArrayLength() == 1 ? reports[0].GetProperty("shards").Clone() : default;
            return shards.ValueKind == System.Text.Json.JsonValueKind.Array
                && shards.EnumerateArray().Count(s => s.GetProperty("state").GetString() == "Ready") == 2;
        }, "stats showing both shards ready");
        var text = await bot.RunVerbAsync("stats", "--db", bot.DatabasePath);

        Assert.Equal([0, 1], shards.EnumerateArray().Select(s => s.GetProperty("id").GetInt32()));
        Assert.All(shards.EnumerateArray(), s => Assert.Equal(2, s.GetProperty("count").GetInt32()));
        Assert.Contains("Discord shards: 2 of 2", text.Output, StringComparison.Ordinal);
        Assert.Contains("  shard 1: Ready since", text.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Discord.Token, text.Output + text.Error, StringComparison.Ordinal);
    }

    private static Mock<IPaperSearch> Searching()
    {
        var search = new Mock<IPaperSearch>();
        search.Setup(s => s.SearchAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string q, int _, CancellationToken _) => [new PaperHit(1, $"Paper about {q}", "2401.00001", null, 1, 1, "snippet")]);
        return search;
    }
}
