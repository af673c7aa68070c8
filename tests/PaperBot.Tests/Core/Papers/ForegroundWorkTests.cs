using PaperBot.Core.Papers;
using PaperBot.Testing;

namespace PaperBot.Tests.Core.Papers;

public sealed class ForegroundWorkTests
{
    private static readonly TimeSpan Longest = TimeSpan.FromMilliseconds(250);

    private readonly WaitableTimeProvider _time = new();
    private readonly ForegroundWork _work = new();

    [Fact]
    public async Task WaitForQuietAsync_NothingRunning_CompletesAtOnce()
    {
        var wait = _work.WaitForQuietAsync(Longest, _time, CancellationToken.None);

        Assert.True(wait.IsCompletedSuccessfully);
        await wait;
    }

    [Fact]
    public async Task WaitForQuietAsync_MembersWorking_CompletesWhenTheLastEnds()
    {
        var first = _work.Begin();
        var second = _work.Begin();

        var wait = _work.WaitForQuietAsync(Longest, _time, CancellationToken.None);
        first.Dispose();
        first.Dispose(); // twice counts once
        Assert.False(wait.IsCompleted);
        Assert.True(_work.IsBusy);
        second.Dispose();

        await wait.Within();
        Assert.False(_work.IsBusy);
    }

    [Fact]
    public async Task WaitForQuietAsync_MembersKeepWorking_GivesUpAfterTheLongestWait()
    {
        using var busy = _work.Begin();
        var wait = _work.WaitForQuietAsync(Longest, _time, CancellationToken.None);

        await _time.AdvanceWhenWaitingAsync(Longest - TimeSpan.FromMilliseconds(1));
        Assert.False(wait.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));

        await wait.Within();
        Assert.True(_work.IsBusy);
    }
}
