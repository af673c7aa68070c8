using System.Net.WebSockets;
using Microsoft.Extensions.Time.Testing;
using PaperBot.Discord.Gateway;

namespace PaperBot.Tests.Discord.Transport;

public sealed class GatewayLimitersTests
{
    [Fact]
    public void IdentifyLimiter_MaxConcurrencyPerFiveSeconds()
    {
        var time = new FakeTimeProvider();
        var limiter = new IdentifyLimiter(time) { MaxConcurrency = 2 };

        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire());
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire());
        Assert.Equal(TimeSpan.FromSeconds(4), limiter.TryAcquire());

        time.Advance(TimeSpan.FromSeconds(4));

        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire());
        Assert.Equal(TimeSpan.FromSeconds(1), limiter.TryAcquire());
    }

    [Fact]
    public void IdentifyLimiter_ZeroConcurrency_StillAllowsOne()
    {
        var limiter = new IdentifyLimiter(new FakeTimeProvider()) { MaxConcurrency = 0 };

        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire());
        Assert.Equal(IdentifyLimiter.Window, limiter.TryAcquire());
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
