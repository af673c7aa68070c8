using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using PaperBot.Discord.Gateway;
using PaperBot.FakeDiscord;
using PaperBot.Testing;

namespace PaperBot.IntegrationTests.Discord.Transport;

/// <summary>Shards against the fake Discord: the count from /gateway/bot, routing by guild, identify pacing, 4011, fixed counts and ids.</summary>
public sealed class GatewayShardingTests
{
    [Fact]
    public async Task RunAsync_GatewayBotRecommendsTwo_OneSessionPerShardAndEventsOnTheirGuildsShard()
    {
        await using var h = await TransportHarness.StartAsync(new FakeDiscordOptions { Shards = 2 });
        h.Start();
        await h.WaitForAsync(() => h.Server.IsSessionLive, "both shards live");
        var guildOn0 = FakeShard.GuildOn(0, 2);
        var guildOn1 = FakeShard.GuildOn(1, 2);

        await h.Server.SendDispatchAsync("TEST_EVENT", new JsonObject { ["n"] = 1, ["guild_id"] = guildOn1 });
        await h.Server.SendDispatchAsync("TEST_EVENT", new JsonObject { ["n"] = 2, ["guild_id"] = guildOn0 });
        await h.Server.SendMessageCreateAsync("a DM", guildId: null);
        // Two connections: the shards' events may arrive in either order between them.
        var arrived = await h.TakeAsync(3, "TEST_EVENT", "MESSAGE_CREATE");
        var dm = Assert.Single(arrived, d => d.Type == "MESSAGE_CREATE");

        Assert.Equal(["[0,2]", "[1,2]"], h.Server.IdentifyPayloads.Select(p => p["shard"]!.ToJsonString()).Order(StringComparer.Ordinal));
        var byNumber = arrived.Where(d => d.Type == "TEST_EVENT").ToDictionary(TransportHarness.Number, d => d.Shard);
        Assert.Equal(1, byNumber[1]);
        Assert.Equal(0, byNumber[2]);
        Assert.Equal(0, dm.Shard);
        Assert.Equal(0, Assert.Single(h.Server.Deliveries, d => d.Type == "MESSAGE_CREATE").Shard);
        Assert.All(h.Server.Deliveries.Where(d => d.GuildId is not null), d => Assert.Equal(FakeShard.Of(d.GuildId, 2), d.Shard));
        Assert.Equal(["Ready", "Ready"], h.Gateway.Stats.Snapshot().Select(s => s.State));
        Assert.Empty(h.Server.Violations);
    }

    [Fact]
    public async Task Close4011_ReshardsWithDiscordsNewCountAndEveryShardIdentifiesAgain()
    {
        await using var h = await TransportHarness.StartAsync();
        await h.ConnectAsync();
        var before = await h.Server.SendDispatchAsync("TEST_EVENT", new JsonObject { ["n"] = 1, ["guild_id"] = FakeShard.GuildOn(1, 2) });
        Assert.Equal(1, TransportHarness.Number(await h.NextAsync("TEST_EVENT")));

        await h.Server.RequireShardsAsync(2);
        // Sent while no shard is up: routed to shard 1 of 2 once it identifies.
        await h.Server.SendDispatchAsync("TEST_EVENT", new JsonObject { ["n"] = 2, ["guild_id"] = FakeShard.GuildOn(1, 2) });
        var during = await h.NextAsync("TEST_EVENT");

        await h.WaitForAsync(() => h.Server.IsSessionLive, "both new shards live");
        Assert.True(before > 0);
        Assert.Equal((2, 1), (TransportHarness.Number(during), during.Shard));
        Assert.Equal(["[0,1]", "[0,2]", "[1,2]"], h.Server.IdentifyPayloads.Select(p => p["shard"]!.ToJsonString()).Order(StringComparer.Ordinal));
        Assert.Equal(1, h.Gateway.Stats.Reshards);
        Assert.Equal([0, 1], h.Gateway.Stats.Shards.Select(s => s.Shard.Id));
        Assert.All(h.Gateway.Stats.Shards, s => Assert.Equal(2, s.Shard.Count));
        Assert.Contains(h.Logs.Lines, l => l.Contains("4011", StringComparison.Ordinal) && l.Contains("shard 0", StringComparison.Ordinal));
        Assert.Empty(h.Server.Violations);
        Assert.False(h.Run!.IsCompleted);
    }

    [Fact]
    public async Task ShardCountFixedBelowDiscordsCount_StopsWithOneLineAboutShardCount()
    {
        await using var h = await TransportHarness.StartAsync(new FakeDiscordOptions { Shards = 2 }, o => o.ShardCount = 1);

        var error = await Assert.ThrowsAsync<GatewayFatalException>(() => h.Gateway.RunAsync(CancellationToken.None).WaitAsync(TransportHarness.Timeout));

        Assert.Equal(4011, error.CloseCode);
        Assert.Contains("Discord:ShardCount", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(1, h.Server.ConnectionCount);
    }

    [Fact]
    public async Task ShardIds_OnlyThoseShardsConnect()
    {
        await using var h = await TransportHarness.StartAsync(configure: o => (o.ShardCount, o.ShardIds) = (3, "1-2"));
        h.Start();

        await h.WaitForAsync(() => h.Server.IdentifyCount == 2 && h.Gateway.Stats.Snapshot().All(s => s.State == "Ready"), "shards 1 and 2 ready");

        Assert.Equal(["[1,3]", "[2,3]"], h.Server.IdentifyPayloads.Select(p => p["shard"]!.ToJsonString()).Order(StringComparer.Ordinal));
        Assert.Equal([1, 2], h.Gateway.Stats.Shards.Select(s => s.Shard.Id));
    }

    [Fact]
    public async Task Identify_TwoShardsOneBucket_SecondWaitsTheIdentifyWindowOnTheGatewaysClock()
    {
        var clock = new WaitableTimeProvider();
        var start = clock.GetUtcNow();
        await using var h = await TransportHarness.StartAsync(new FakeDiscordOptions { Shards = 2, MaxConcurrency = 1, EnforceIdentifyRate = false }, gatewayTime: clock);
        h.Start();
        await h.WaitForAsync(() => h.Server.IdentifyCount == 1, "the first identify");

        // Shard 1 shares bucket 0 with shard 0: its identify waits until the window (5 s and a margin) after shard 0's, and time moves only then.
        await clock.WaitForTimerDueAsync(start + IdentifyLimiter.Window);
        Assert.Equal(1, h.Server.IdentifyCount);
        clock.Advance(IdentifyLimiter.Window);

        await h.WaitForAsync(() => h.Server.IsSessionLive, "both shards live");
        Assert.Equal(["[0,2]", "[1,2]"], h.Server.IdentifyPayloads.Select(p => p["shard"]!.ToJsonString()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("[2,2]", 4010)]
    [InlineData("[0,0]", 4010)]
    [InlineData("[-1,2]", 4010)]
    [InlineData("\"zero\"", 4010)]
    [InlineData("[0,1]", 4011)]
    public async Task FakeDiscord_IdentifyWithAWrongShard_ClosesAsDiscordDoes(string shard, int expected)
    {
        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { Shards = 2 });
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(server.GatewayUrl + "?v=10&encoding=json"), CancellationToken.None);
        var buffer = new byte[8192];
        await socket.ReceiveAsync(buffer, CancellationToken.None); // Hello
        var identify = new JsonObject
        {
            ["op"] = 2,
            ["d"] = new JsonObject
            {
                ["token"] = server.Token,
                ["intents"] = 4609,
                ["properties"] = new JsonObject { ["os"] = "linux", ["browser"] = "t", ["device"] = "t" },
                ["shard"] = JsonNode.Parse(shard),
            },
        }.ToJsonString();

        await socket.SendAsync(Encoding.UTF8.GetBytes(identify), WebSocketMessageType.Text, true, CancellationToken.None);
        var result = await socket.ReceiveAsync(buffer, CancellationToken.None);

        Assert.Equal(WebSocketMessageType.Close, result.MessageType);
        Assert.Equal(expected, (int)socket.CloseStatus!);
    }
}
