using PaperBot.Discord.Rest;

namespace PaperBot.Tests.Discord.Transport;

public sealed class RateLimitBucketTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static RateLimitHeaders Headers(int? remaining, double? resetAfter) =>
        new(5, remaining, resetAfter is { } s ? TimeSpan.FromSeconds(s) : null, "abcd1234", false, null, null);

    [Fact]
    public void DelayBeforeSend_Fresh_IsZero()
    {
        Assert.Equal(TimeSpan.Zero, new RateLimitBucket().DelayBeforeSend(Now));
    }

    [Fact]
    public void DelayBeforeSend_RemainingLeft_IsZero()
    {
        var bucket = new RateLimitBucket();
        bucket.Update(Headers(3, 2.5), Now);

        Assert.Equal(TimeSpan.Zero, bucket.DelayBeforeSend(Now));
    }

    [Fact]
    public void DelayBeforeSend_RemainingZero_WaitsUntilResetAfter()
    {
        var bucket = new RateLimitBucket();
        bucket.Update(Headers(0, 2.5), Now);

        Assert.Equal(TimeSpan.FromSeconds(2.5) + RateLimitBucket.ResetRounding, bucket.DelayBeforeSend(Now));
        Assert.Equal(TimeSpan.FromSeconds(1) + RateLimitBucket.ResetRounding, bucket.DelayBeforeSend(Now.AddSeconds(1.5)));
        Assert.Equal(RateLimitBucket.ResetRounding, bucket.DelayBeforeSend(Now.AddSeconds(2.5)));
        Assert.Equal(TimeSpan.Zero, bucket.DelayBeforeSend(Now.AddSeconds(2.5) + RateLimitBucket.ResetRounding));
    }

    [Fact]
    public void DelayBeforeSend_AfterReset_AllowsOneThenTrustsHeadersAgain()
    {
        var bucket = new RateLimitBucket();
        bucket.Update(Headers(0, 1), Now);
        Assert.Equal(TimeSpan.Zero, bucket.DelayBeforeSend(Now.AddSeconds(2)));

        bucket.Update(Headers(0, 1), Now.AddSeconds(2));

        Assert.Equal(TimeSpan.FromSeconds(1) + RateLimitBucket.ResetRounding, bucket.DelayBeforeSend(Now.AddSeconds(2)));
    }

    [Fact]
    public void BlockFor_WaitsEvenWithRemaining_AndKeepsTheLongerBlock()
    {
        var bucket = new RateLimitBucket();
        bucket.Update(Headers(4, 1), Now);

        bucket.BlockFor(TimeSpan.FromSeconds(3), Now);
        bucket.BlockFor(TimeSpan.FromSeconds(1), Now);

        Assert.Equal(TimeSpan.FromSeconds(3), bucket.DelayBeforeSend(Now));
    }

    [Fact]
    public void GlobalRateLimit_50PerSecond_51stWaitsForTheWindow()
    {
        var global = new GlobalRateLimit(50);
        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(TimeSpan.Zero, global.TryAcquire(Now));
        }

        Assert.Equal(TimeSpan.FromMilliseconds(600), global.TryAcquire(Now.AddMilliseconds(400)));
        Assert.Equal(TimeSpan.Zero, global.TryAcquire(Now.AddSeconds(1)));
    }

    [Fact]
    public void GlobalRateLimit_Paused_WaitsForThePause()
    {
        var global = new GlobalRateLimit(50);

        global.PauseFor(TimeSpan.FromSeconds(2), Now);

        Assert.Equal(TimeSpan.FromSeconds(2), global.TryAcquire(Now));
        Assert.Equal(TimeSpan.Zero, global.TryAcquire(Now.AddSeconds(2)));
    }
}
