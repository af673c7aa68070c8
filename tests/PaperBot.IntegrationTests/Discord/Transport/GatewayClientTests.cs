using System.Text.Json.Nodes;
using PaperBot.Discord.Gateway;
using PaperBot.FakeDiscord;

namespace PaperBot.IntegrationTests.Discord.Transport;

public sealed class GatewayClientTests
{
    [Fact]
    public async Task RunAsync_NewSession_IdentifiesWithPaperBotIntentsAndShard()
    {
        await using var h = await TransportHarness.StartAsync();

        var ready = await h.ConnectAsync();

        Assert.Equal(h.Server.BotUserId, ready.Data.GetProperty("user").GetProperty("id").GetString());
        var identify = Assert.Single(h.Server.IdentifyPayloads);
        Assert.Equal(13825, identify["intents"]!.GetValue<int>());
        Assert.Equal("paperbot", identify["properties"]!["browser"]!.GetValue<string>());
        Assert.Equal("paperbot", identify["properties"]!["device"]!.GetValue<string>());
        Assert.Equal("[0,1]", identify["shard"]!.ToJsonString());
        Assert.Equal(1, h.Gateway.Stats.Identifies);
        Assert.Empty(h.Server.Violations);
    }

    [Fact]
    public async Task RunAsync_MessageContentEnabled_AsksForIntent32768()
    {
        await using var h = await TransportHarness.StartAsync(configure: o => o.MessageContentIntent = true);

        await h.ConnectAsync();

        Assert.Equal(46593, Assert.Single(h.Server.IdentifyPayloads)["intents"]!.GetValue<int>());
    }

    [Fact]
    public async Task Cancellation_ClosesWith1000AndReturns()
    {
        await using var h = await TransportHarness.StartAsync();
        using var stop = new CancellationTokenSource();
        var run = h.Gateway.RunAsync(stop.Token);
        await h.NextAsync("READY");

        await stop.CancelAsync();
        await run.WaitAsync(TransportHarness.Timeout);

        await h.WaitForAsync(() => h.Server.ClientCloseCodes.Count > 0, "the client's close");
        Assert.Equal(1000, h.Server.ClientCloseCodes[0]);
    }

    [Fact]
    public async Task InteractionCreate_Delivered_WithDataAndReceiveTimestamp()
    {
        await using var h = await TransportHarness.StartAsync();
        var before = TimeProvider.System.GetTimestamp();
        await h.ConnectAsync();
        var interaction = await h.Server.SendInteractionAsync();

        var dispatch = await h.NextAsync("INTERACTION_CREATE");

        Assert.Equal(interaction.Id, dispatch.Data.GetProperty("id").GetString());
        Assert.True(dispatch.ReceivedTimestamp >= before);
    }

    [Fact]
    public async Task Identify_DailyLimitUsedUp_WaitsForResetAfter()
    {
        await using var h = await TransportHarness.StartAsync(new FakeDiscordOptions { SessionStartRemaining = 0, SessionStartResetAfterMilliseconds = 500 });
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await h.ConnectAsync();

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(490), $"identified after {clock.ElapsedMilliseconds} ms");
        Assert.Equal(1, h.Server.IdentifyCount);
    }

    [Fact]
    public async Task LargeDispatch_ArrivingInFragments_IsReassembled()
    {
        await using var h = await TransportHarness.StartAsync();
        await h.ConnectAsync();
        var text = string.Concat(Enumerable.Repeat("0123456789abcdef", 20_000));

        await h.Server.SendDispatchAsync("GUILD_CREATE", new JsonObject { ["id"] = FakeIds.Guild, ["description"] = text });
        var dispatch = await h.NextAsync("GUILD_CREATE");

        Assert.Equal(text, dispatch.Data.GetProperty("description").GetString());
    }
}
