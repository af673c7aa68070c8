using Microsoft.Extensions.Time.Testing;
using PaperBot.Discord.Gateway;

namespace PaperBot.Tests.Discord.Transport;

public sealed class HeartbeaterTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(40);

    private readonly FakeTimeProvider _time = new();
    private int _beats;
    private int _zombies;

    private Heartbeater Create() => new(Interval, _time, _ => { Interlocked.Increment(ref _beats); return Task.CompletedTask; }, () => Interlocked.Increment(ref _zombies));

    private static void WaitUntil(Func<bool> condition) => Assert.True(SpinWait.SpinUntil(condition, TimeSpan.FromSeconds(5)));

    [Fact]
    public async Task RunAsync_FirstBeatAfterIntervalTimesJitter()
    {
        var heartbeater = Create();
        using var stop = new CancellationTokenSource();
        var run = heartbeater.RunAsync(0.25, stop.Token);

        _time.Advance(TimeSpan.FromSeconds(9.9));
        Assert.Equal(0, Volatile.Read(ref _beats));
        _time.Advance(TimeSpan.FromSeconds(0.1));

        WaitUntil(() => Volatile.Read(ref _beats) == 1);
        await stop.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void RunAsync_Acknowledged_KeepsBeatingEveryInterval()
    {
        var heartbeater = Create();
        using var stop = new CancellationTokenSource();
        _ = heartbeater.RunAsync(0, stop.Token);
        WaitUntil(() => Volatile.Read(ref _beats) == 1);

        for (var i = 2; i <= 5; i++)
        {
            heartbeater.Acknowledge();
            _time.Advance(Interval);
            WaitUntil(() => Volatile.Read(ref _beats) == i);
        }

        Assert.Equal(0, _zombies);
        stop.Cancel();
    }

    [Fact]
    public async Task RunAsync_NoAckBeforeNextBeat_ReportsZombieAndStops()
    {
        var heartbeater = Create();
        var run = heartbeater.RunAsync(0, CancellationToken.None);
        WaitUntil(() => Volatile.Read(ref _beats) == 1);

        _time.Advance(Interval);

        WaitUntil(() => Volatile.Read(ref _zombies) == 1);
        await run.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(1, _beats);
    }

    [Fact]
    public async Task BeatNowAsync_ServerRequested_DoesNotCountAsZombieCheck()
    {
        var heartbeater = Create();
        using var stop = new CancellationTokenSource();
        _ = heartbeater.RunAsync(0, stop.Token);
        WaitUntil(() => Volatile.Read(ref _beats) == 1);
        heartbeater.Acknowledge();

        await heartbeater.BeatNowAsync(CancellationToken.None);
        _time.Advance(Interval);

        WaitUntil(() => Volatile.Read(ref _beats) == 3);
        Assert.Equal(0, _zombies);
        stop.Cancel();
    }
}
