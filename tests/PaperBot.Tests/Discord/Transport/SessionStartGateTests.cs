using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using PaperBot.Discord.Gateway;
using PaperBot.Discord.Models;
using PaperBot.Discord.Rest;
using PaperBot.Testing;

namespace PaperBot.Tests.Discord.Transport;

public sealed class SessionStartGateTests
{
    private readonly WaitableTimeProvider _time = new();
    private readonly Mock<IDiscordRest> _rest = new();

    private SessionStartGate Create(IdentifyLimiter limiter) => new(_rest.Object, null, limiter, _time, NullLogger.Instance);

    private void Discord(int remaining, long resetAfterMs = 60_000, int maxConcurrency = 4, int shards = 2) =>
        _rest.Setup(r => r.GetGatewayBotAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new GatewayBotInfo
        {
            Url = "wss://gateway.example/",
            Shards = shards,
            SessionStartLimit = new SessionStartLimit { Total = 1000, Remaining = remaining, ResetAfter = resetAfterMs, MaxConcurrency = maxConcurrency },
        });

    [Fact]
    public async Task RefreshAsync_EnoughIdentifiesLeft_AnswersAtOnceAndSetsTheConcurrency()
    {
        Discord(remaining: 2);
        var limiter = new IdentifyLimiter(_time);
        using var gate = Create(limiter);

        var info = await gate.RefreshAsync(needed: 2, CancellationToken.None).Within();

        Assert.Equal(2, info.Shards);
        Assert.Equal(4, limiter.MaxConcurrency);
    }

    [Fact]
    public async Task RefreshAsync_FewerLeftThanShards_WaitsForTheResetOnTheClock()
    {
        Discord(remaining: 1, resetAfterMs: 30_000);
        using var gate = Create(new IdentifyLimiter(_time));

        var refresh = gate.RefreshAsync(needed: 2, CancellationToken.None);

        await _time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(30) - TimeSpan.FromMilliseconds(1));
        Assert.False(refresh.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await refresh.Within();
    }

    [Fact]
    public async Task PrepareIdentifyAsync_WithinAMinuteOfTheLastCheck_AsksDiscordOnce()
    {
        Discord(remaining: 5);
        using var gate = Create(new IdentifyLimiter(_time));
        await gate.RefreshAsync(needed: 2, CancellationToken.None).Within();

        var first = await gate.PrepareIdentifyAsync(CancellationToken.None).Within();
        var second = await gate.PrepareIdentifyAsync(CancellationToken.None).Within();
        _time.Advance(TimeSpan.FromMinutes(1));
        await gate.PrepareIdentifyAsync(CancellationToken.None).Within();

        Assert.Equal(new Uri("wss://gateway.example/"), first);
        Assert.Equal(first, second);
        _rest.Verify(r => r.GetGatewayBotAsync(It.IsAny<CancellationToken>()), Times.Exactly(2));
    }
}
