using System.Text.Json.Nodes;
using PaperBot.Discord.Gateway;
using PaperBot.FakeDiscord;

namespace PaperBot.IntegrationTests.Discord.Transport;

/// <summary>Heartbeats run on their own timer: jittered start, steady beats, op 1, zombie detection.</summary>
public sealed class GatewayHeartbeatTests
{
    [Fact]
    public async Task Heartbeats_NobodyReadsDispatches_KeepComingOnTheSameConnection()
    {
        await using var h = await TransportHarness.StartAsync(new FakeDiscordOptions { HeartbeatIntervalMilliseconds = 1000 });
        await h.ConnectAsync();

        // A "slow handler": 200 dispatches queue up and nobody ever reads them.
        for (var i = 0; i < 200; i++)
        {
            await h.Server.SendDispatchAsync("TEST_EVENT", new JsonObject { ["n"] = i });
        }

        // A blocked heartbeat would stop for good, so counting beats shows it goes on; every beat was acknowledged before
        // the next was due (no zombie, no resume), so there was no gap. Counted, not timed: exact timing is tested on a
        // fake clock in HeartbeaterTests.
        await h.WaitForAsync(() => h.Server.Heartbeats.Count >= 6, "6 heartbeats");

        var beats = h.Server.Heartbeats.Take(6).ToList();
        Assert.All(beats, b => Assert.Equal(1, b.Connection));
        Assert.Equal(beats.OrderBy(b => b.At).Select(b => b.Sequence ?? 0).Order(), beats.OrderBy(b => b.At).Select(b => b.Sequence ?? 0));
        Assert.Equal(1, h.Server.ConnectionCount);
        Assert.Equal(0, h.Server.ResumeAttemptCount);
        Assert.Empty(h.Server.Violations);
    }

    [Fact]
    public async Task Heartbeat_CarriesLastSequence()
    {
        await using var h = await TransportHarness.StartAsync(new FakeDiscordOptions { HeartbeatIntervalMilliseconds = 250 });
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
        // A second between beats: an ack the loaded machine holds back for longer would make a zombie of its own (before
        // READY, a second identify); with acks stopped the client gives up within two beats.
        await using var h = await TransportHarness.StartAsync(new FakeDiscordOptions { HeartbeatIntervalMilliseconds = 1000 });
        await h.ConnectAsync();
        // Counted from here: on a loaded machine an ack held back past a beat before READY already made a zombie of the
        // first connection (a close and a second identify), which is not what this test is about.
        var closesBefore = h.Server.ClientCloseCodes.Count;
        var identifiesBefore = h.Server.IdentifyCount;
        var resumesBefore = h.Server.ResumeCount;

        h.Server.StopAcking();
        await h.WaitForAsync(() => h.Server.ClientCloseCodes.Count > closesBefore, "the client to drop the zombie connection");
        h.Server.ResumeAcking();
        await h.NextAsync("RESUMED");

        Assert.Equal(4000, h.Server.ClientCloseCodes[closesBefore]);
        Assert.Equal(identifiesBefore, h.Server.IdentifyCount);
        Assert.True(h.Server.ResumeCount > resumesBefore);
    }
}
