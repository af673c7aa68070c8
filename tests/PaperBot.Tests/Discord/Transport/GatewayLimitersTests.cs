using System.Net.WebSockets;
using Microsoft.Extensions.Time.Testing;
using PaperBot.Discord.Gateway;
using PaperBot.Testing;

namespace PaperBot.Tests.Discord.Transport;

public sealed class GatewayLimitersTests
{
    [Fact]
    public void IdentifyLimiter_OneIdentifyPerBucketPerWindow()
    {
        var time = new FakeTimeProvider();
        var limiter = new IdentifyLimiter(time) { MaxConcurrency = 2 };
        var rest = IdentifyLimiter.Window - TimeSpan.FromSeconds(1);

        // Shards 0 and 1 are in buckets 0 and 1: both go at once. Shard 2 shares bucket 0 with shard 0.
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire(0));
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire(1));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(rest, limiter.TryAcquire(2));
        Assert.Equal(rest, limiter.TryAcquire(3));

        time.Advance(rest);

        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire(2));
        Assert.Equal(IdentifyLimiter.Window, limiter.TryAcquire(0));
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire(3));
    }

    [Fact]
    public void IdentifyLimiter_Window_AtLeastDiscordsFiveSeconds()
    {
        Assert.True(IdentifyLimiter.Window >= TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void IdentifyLimiter_ZeroConcurrency_StillAllowsOne()
    {
        var limiter = new IdentifyLimiter(new FakeTimeProvider()) { MaxConcurrency = 0 };

        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire(0));
        Assert.Equal(IdentifyLimiter.Window, limiter.TryAcquire(1));
    }

    [Fact]
    public async Task IdentifyLimiter_WaitAsync_SecondShardOfABucketGoesOnlyAfterTheWindowOnTheClock()
    {
        var time = new WaitableTimeProvider();
        var limiter = new IdentifyLimiter(time) { MaxConcurrency = 1 };
        await limiter.WaitAsync(0, CancellationToken.None).Within();

        var second = limiter.WaitAsync(1, CancellationToken.None);

        // Time moves only once the second shard is waiting on its timer.
        await time.AdvanceWhenWaitingAsync(IdentifyLimiter.Window - TimeSpan.FromMilliseconds(1));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await second.Within();
    }

    [Fact]
    public void SendLimiter_OrdinarySendsStopAtTheBudget_EssentialOnesGoOn()
    {
        var time = new FakeTimeProvider();
        using var limiter = new GatewaySendLimiter(time);
        for (var i = 0; i < GatewaySendLimiter.Budget; i++)
        {
            Assert.Equal(TimeSpan.Zero, limiter.Reserve(essential: false));
        }

        time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(TimeSpan.FromSeconds(50), limiter.Reserve(essential: false));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve(essential: true));
        time.Advance(TimeSpan.FromSeconds(50));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve(essential: false));
    }

    [Fact]
    public async Task SendLimiter_FrameOver4096Bytes_IsRefusedBeforeSending()
    {
        using var limiter = new GatewaySendLimiter(new FakeTimeProvider());
        using var socket = new ClientWebSocket();

        await Assert.ThrowsAsync<ArgumentException>(() => limiter.SendAsync(socket, new byte[4097], essential: true, CancellationToken.None));
    }

    [Fact]
    public void Session_TryAdvance_DropsRepeatsAndOlder()
    {
        var session = new GatewaySession();

        Assert.True(session.TryAdvance(1));
        Assert.True(session.TryAdvance(2));
        Assert.False(session.TryAdvance(2));
        Assert.False(session.TryAdvance(1));
        Assert.True(session.TryAdvance(5));
        Assert.Equal(5, session.Sequence);
    }

    [Fact]
    public void Session_Clear_ForgetsSequenceAndResumeState()
    {
        var session = new GatewaySession();
        session.Start("abc", new Uri("wss://resume.example"));
        session.TryAdvance(7);

        session.Clear();

        Assert.Null(session.Sequence);
        Assert.False(session.CanResume);
        Assert.True(session.TryAdvance(1));
    }
}
