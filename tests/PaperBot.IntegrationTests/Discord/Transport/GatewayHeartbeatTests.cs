using System.Text.Json.Nodes;
using PaperBot.Discord.Gateway;
using PaperBot.FakeDiscord;

namespace PaperBot.IntegrationTests.Discord.Transport;

/// <summary>Heartbeats run on their own timer: jittered start, steady beats, op 1, zombie detection.</summary>
public sealed class GatewayHeartbeatTests
{
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
        // Single gaps can be ~0 when the fake reads two queued beats at once; the median shows the pace.
        Assert.All(gaps, gap => Assert.InRange(gap, 0, 2000));
        Assert.InRange(gaps.Order().ElementAt(gaps.Count / 2), 75, 450);
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
        // A day between beats: the first scheduled one comes at a random point of that day, so a beat seen within the
        // test answers op 1 (no wall-clock bound on how fast: a busy machine may be slow, never a day slow).
        await using var h = await TransportHarness.StartAsync(new FakeDiscordOptions { HeartbeatIntervalMilliseconds = 86_400_000 });
        await h.ConnectAsync();
        var before = h.Server.Heartbeats.Count;

        await h.Server.RequestHeartbeatAsync();

        await h.WaitForAsync(() => h.Server.Heartbeats.Count > before, "a heartbeat after op 1");
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
}
