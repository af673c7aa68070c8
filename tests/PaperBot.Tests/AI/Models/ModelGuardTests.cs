using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PaperBot.AI;
using PaperBot.AI.Models;
using PaperBot.Testing;

namespace PaperBot.Tests.AI.Models;

public sealed class ModelGuardTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly ModelGuard _guard;

    public ModelGuardTests() =>
        _guard = new ModelGuard(Options.Create(new AiOptions { TimeoutSeconds = 30 }), _time, NullLogger<ModelGuard>.Instance);

    [Fact]
    public async Task RunAsync_Success_ReturnsTheValue()
    {
        var outcome = await _guard.RunAsync("test", _ => Task.FromResult(42), CancellationToken.None);

        Assert.True(outcome.Succeeded);
        Assert.Equal(42, outcome.Value);
    }

    [Fact]
    public async Task RunAsync_WorkPastTheTimeout_IsATimeout()
    {
        var run = _guard.RunAsync("test", async t => { await Task.Delay(Timeout.Infinite, t); return 1; }, CancellationToken.None);

        _time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(run.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));
        var outcome = await run.Within();

        Assert.Equal(ModelFaults.Timeout, outcome.FailureReason);
    }

    [Fact]
    public async Task RunAsync_WorkThatIgnoresTheToken_StillEndsAtTheTimeout()
    {
        var never = new TaskCompletionSource<int>();
        var run = _guard.RunAsync("test", _ => never.Task, CancellationToken.None);

        _time.Advance(TimeSpan.FromSeconds(30));
        var outcome = await run.Within();

        Assert.Equal(ModelFaults.Timeout, outcome.FailureReason);
    }

    [Fact]
    public async Task RunAsync_Throws_ReturnsTheReason()
    {
        var outcome = await _guard.RunAsync<int>("test", _ => throw new HttpRequestException("refused"), CancellationToken.None);

        Assert.Equal(ModelFaults.Unreachable, outcome.FailureReason);
    }

    [Fact]
    public async Task RunAsync_CallerCancels_Throws()
    {
        using var cancel = new CancellationTokenSource();
        var run = _guard.RunAsync("test", async t => { await Task.Delay(Timeout.Infinite, t); return 1; }, cancel.Token);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }
}
