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
        Assert.Equal(4609, identify["intents"]!.GetValue<int>());
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

        Assert.Equal(37377, Assert.Single(h.Server.IdentifyPayloads)["intents"]!.GetValue<int>());
    }

    [Fact]
    public async Task Heartbeats_NobodyReadsDispatches_KeepComingAndFirstIsWithinInterval()
    {
        await using var h = await TransportHarness.StartAsync(new FakeDiscordOptions { HeartbeatIntervalMilliseconds = 150 });
        await h.ConnectAsync();

        // A "slow handler": 200 dispatches queue up while nobody reads them for ~2 s.
        for (var i = 0; i < 200; i++)
        {
            await h.Server.SendDispatchAsync("TEST_EVENT", new JsonObject { ["n"] = i });
        }

        await h.WaitForAsync(() => h.Server.Heartbeats.Count >= 12, "12 heartbeats");

        var beats = h.Server.Heartbeats;
        Assert.All(beats, b => Assert.Equal(1, b.Connection));
        Assert.InRange(beats[0].SinceHello.TotalMilliseconds, 0, 150 + 500); // exact jitter: HeartbeaterTests
        // A blocked heartbeat would stop for good (nobody ever reads here); the bound only allows for a busy machine.
        var gaps = beats.Zip(beats.Skip(1), (a, b) => (b.At - a.At).TotalMilliseconds).ToList();
        Assert.All(gaps, gap => Assert.InRange(gap, 50, 2000));
        Assert.InRange(gaps.Order().ElementAt(gaps.Count / 2), 100, 300);
        Assert.Equal(0, h.Server.ResumeAttemptCount);
        Assert.Empty(h.Server.Violations);
    }

    [Fact]
    public async Task Heartbeat_CarriesLastSequence()
    {
        await using var h = await TransportHarness.StartAsync();
        await h.ConnectAsync();
        var sequence = await h.Server.SendDispatchAsync("TEST_EVENT", new JsonObject { ["n"] = 1 });
        await h.NextAsync("TEST_EVENT");

        await h.WaitForAsync(() => h.Server.Heartbeats.Any(b => b.Sequence == sequence), "a heartbeat with the last sequence");
    }

    [Fact]
    public async Task ServerHeartbeatRequest_BeatsImmediately()
    {
        await using var h = await TransportHarness.StartAsync(new FakeDiscordOptions { HeartbeatIntervalMilliseconds = 600_000 });
        await h.ConnectAsync();
        var before = h.Server.Heartbeats.Count;
        var asked = DateTimeOffset.UtcNow;

        await h.Server.RequestHeartbeatAsync();

        await h.WaitForAsync(() => h.Server.Heartbeats.Count > before, "a heartbeat after op 1");
        Assert.True(h.Server.Heartbeats[^1].At - asked < TimeSpan.FromSeconds(2));
        Assert.Equal(1, h.Server.ConnectionCount);
    }

    [Fact]
    public async Task Zombie_AcksStop_ClosesWithNon1000AndResumes()
    {
        await using var h = await TransportHarness.StartAsync(new FakeDiscordOptions { HeartbeatIntervalMilliseconds = 100 });
        await h.ConnectAsync();

        h.Server.StopAcking();
        await h.WaitForAsync(() => h.Server.ClientCloseCodes.Count > 0, "the client to drop the zombie connection");
        h.Server.ResumeAcking();
        await h.NextAsync("RESUMED");

        Assert.Equal(4000, h.Server.ClientCloseCodes[0]);
        Assert.Equal(1, h.Server.IdentifyCount);
        Assert.True(h.Server.ResumeCount >= 1);
    }

    [Fact]
    public async Task Reconnect_Op7_Resumes()
    {
        await using var h = await TransportHarness.StartAsync();
        await h.ConnectAsync();

        await h.Server.RequestReconnectAsync();
        await h.NextAsync("RESUMED");

        Assert.Equal(4000, h.Server.ClientCloseCodes[0]);
        Assert.Equal((1, 1), (h.Server.IdentifyCount, h.Server.ResumeCount));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task InvalidSession_Op9_ResumesOnlyWhenResumable(bool resumable)
    {
        await using var h = await TransportHarness.StartAsync();
        await h.ConnectAsync();

        await h.Server.InvalidateSessionAsync(resumable);
        await h.NextAsync(resumable ? "RESUMED" : "READY");

        Assert.Equal(resumable ? (1, 1) : (2, 0), (h.Server.IdentifyCount, h.Server.ResumeAttemptCount));
        Assert.Empty(h.Server.Violations);
    }

    [Theory]
    [InlineData(4000, true)]
    [InlineData(4001, true)]
    [InlineData(4002, true)]
    [InlineData(4003, false)]
    [InlineData(4005, false)]
    [InlineData(4007, false)]
    [InlineData(4008, false)]
    [InlineData(4009, false)]
    [InlineData(1000, false)]
    [InlineData(1001, true)]
    public async Task ServerClose_ReconnectableCode_ResumesOrIdentifiesPerTable(int code, bool resumes)
    {
        await using var h = await TransportHarness.StartAsync();
        await h.ConnectAsync();

        await h.Server.CloseAsync(code);
        await h.NextAsync(resumes ? "RESUMED" : "READY");

        Assert.Equal(resumes ? (1, 1) : (2, 0), (h.Server.IdentifyCount, h.Server.ResumeAttemptCount));
        Assert.Equal(2, h.Server.ConnectionCount);
    }

    [Theory]
    [InlineData(4004, "Discord:Token")]
    [InlineData(4010, "4010")]
    [InlineData(4011, "4011")]
    [InlineData(4012, "4012")]
    [InlineData(4013, "4013")]
    [InlineData(4014, "Discord:MessageContentIntent=false")]
    public async Task ServerClose_FatalCode_ThrowsAndStopsConnecting(int code, string hint)
    {
        await using var h = await TransportHarness.StartAsync();
        await h.ConnectAsync();

        await h.Server.CloseAsync(code);
        var error = await Assert.ThrowsAsync<GatewayFatalException>(() => h.Run!.WaitAsync(TransportHarness.Timeout));

        Assert.Equal(code, error.CloseCode);
        Assert.Contains(hint, error.Message, StringComparison.Ordinal);
        Assert.Equal(1, h.Server.ConnectionCount);
    }

    [Fact]
    public async Task Identify_WrongToken_StopsWithTokenHint()
    {
        await using var h = await TransportHarness.StartAsync();
        var wrong = new PaperBot.Discord.DiscordOptions { Token = "wrong-token", ApiBaseUrl = h.Server.ApiBaseUrl, GatewayUrl = h.Server.GatewayUrl };
        var gateway = new GatewayClient(h.Rest, Microsoft.Extensions.Options.Options.Create(wrong), TimeProvider.System, h.Logs.For<GatewayClient>());

        var error = await Assert.ThrowsAsync<GatewayFatalException>(() => gateway.RunAsync(CancellationToken.None).WaitAsync(TransportHarness.Timeout));

        Assert.Equal(4004, error.CloseCode);
        Assert.Contains("Discord:Token", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(h.Logs.Lines, l => l.Contains("wrong-token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConnectionCut_WithoutCloseFrame_Resumes()
    {
        await using var h = await TransportHarness.StartAsync();
        await h.ConnectAsync();

        h.Server.AbortConnection();
        await h.NextAsync("RESUMED");

        Assert.Equal((1, 1), (h.Server.IdentifyCount, h.Server.ResumeCount));
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
    public async Task Resume_FailsThreeTimes_DropsSessionAndIdentifies()
    {
        await using var h = await TransportHarness.StartAsync();
        await h.ConnectAsync();
        h.Server.FailNextResumes(3);

        h.Server.AbortConnection();
        await h.NextAsync("READY");

        Assert.Equal((2, 3, 0), (h.Server.IdentifyCount, h.Server.ResumeAttemptCount, h.Server.ResumeCount));
        Assert.Single(h.Server.Requests, r => r.Path == "gateway/bot");
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

    [Theory]
    [InlineData(1001, 4000)]
    [InlineData(4001, 4000)]
    [InlineData(4009, 1000)]
    public async Task ServerClose_ClientAnswersWithoutEndingAResumableSession(int serverCode, int clientCode)
    {
        await using var h = await TransportHarness.StartAsync();
        await h.ConnectAsync();

        await h.Server.CloseAsync(serverCode);
        await h.WaitForAsync(() => h.Server.ClientCloseCodes.Count > 0, "the client's close answer");

        Assert.Equal(clientCode, h.Server.ClientCloseCodes[0]);
    }

    [Fact]
    public async Task Resume_UrlUnreachable_FallsBackToIdentifyOnCachedUrl()
    {
        var dead = new Uri($"ws://127.0.0.1:{FreePort()}/gateway");
        await using var h = await TransportHarness.StartAsync(new FakeDiscordOptions { ResumeGatewayUrl = dead });
        await h.ConnectAsync();

        await h.Server.RequestReconnectAsync();
        await h.NextAsync("READY");

        Assert.Equal((2, 0), (h.Server.IdentifyCount, h.Server.ResumeAttemptCount));
        Assert.Single(h.Server.Requests, r => r.Path == "gateway/bot");
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
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
