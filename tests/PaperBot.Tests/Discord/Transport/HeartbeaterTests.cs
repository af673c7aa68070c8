using PaperBot.Discord.Gateway;
using PaperBot.Testing;

namespace PaperBot.Tests.Discord.Transport;

// Time moves only once the heartbeater is observably waiting on its timer (WaitableTimeProvider): advancing before it
// had registered the timer is what made these tests fail on a busy machine.
public sealed class HeartbeaterTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(40);

    private readonly WaitableTimeProvider _time = new();
    private int _beats;
    private int _zombies;

    private Heartbeater Create() => new(Interval, _time, _ => { Interlocked.Increment(ref _beats); return Task.CompletedTask; }, () => Interlocked.Increment(ref _zombies));

    private Task BeatsReach(int count) => Eventually.UntilAsync(() => Volatile.Read(ref _beats) == count, $"{count} heartbeat(s)");

    [Fact]
    public async Task RunAsync_FirstBeatAfterIntervalTimesJitter()
    {
        var heartbeater = Create();
        using var stop = new CancellationTokenSource();
        var run = heartbeater.RunAsync(0.25, stop.Token);

        await _time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(9.9));
        Assert.Equal(0, Volatile.Read(ref _beats));
        Assert.Equal(1, _time.PendingTimers);
        _time.Advance(TimeSpan.FromSeconds(0.1));

        await BeatsReach(1);
        await stop.CancelAsync();
        await run.Within();
    }

    [Fact]
    public async Task RunAsync_Acknowledged_KeepsBeatingEveryInterval()
    {
        var heartbeater = Create();
        using var stop = new CancellationTokenSource();
        var run = heartbeater.RunAsync(0, stop.Token);
        await BeatsReach(1);

        for (var i = 2; i <= 5; i++)
        {
            heartbeater.Acknowledge();
            await _time.AdvanceWhenWaitingAsync(Interval - TimeSpan.FromMilliseconds(1));
            Assert.Equal(i - 1, Volatile.Read(ref _beats));
            _time.Advance(TimeSpan.FromMilliseconds(1));
            await BeatsReach(i);
        }

        Assert.Equal(0, _zombies);
        await stop.CancelAsync();
        await run.Within();
    }

    [Fact]
    public async Task RunAsync_NoAckBeforeNextBeat_ReportsZombieAndStops()
    {
        var heartbeater = Create();
        var run = heartbeater.RunAsync(0, CancellationToken.None);
        await BeatsReach(1);

        await _time.AdvanceWhenWaitingAsync(Interval);

        await run.Within();
        Assert.Equal(1, _zombies);
        Assert.Equal(1, _beats);
    }

    [Fact]
    public async Task BeatNowAsync_ServerRequested_DoesNotCountAsZombieCheck()
    {
        var heartbeater = Create();
        using var stop = new CancellationTokenSource();
        var run = heartbeater.RunAsync(0, stop.Token);
        await BeatsReach(1);
        heartbeater.Acknowledge();

        await heartbeater.BeatNowAsync(CancellationToken.None);
        await _time.AdvanceWhenWaitingAsync(Interval);

        await BeatsReach(3);
        Assert.Equal(0, _zombies);
        await stop.CancelAsync();
        await run.Within();
    }
}
