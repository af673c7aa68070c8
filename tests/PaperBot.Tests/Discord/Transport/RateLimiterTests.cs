using Microsoft.Extensions.Time.Testing;
using PaperBot.Discord.Rest;
using PaperBot.Testing;

namespace PaperBot.Tests.Discord.Transport;

public sealed class RateLimiterTests
{
    private static readonly RouteKey ChannelOne = RouteKey.From(HttpMethod.Post, "channels/1/messages");
    private static readonly RouteKey ChannelTwo = RouteKey.From(HttpMethod.Post, "channels/2/messages");
    private static readonly RouteKey Callback = RouteKey.From(HttpMethod.Post, "interactions/9/tok/callback");

    private readonly FakeTimeProvider _time = new();

    private static RateLimitHeaders Exhausted(string hash) => new(5, 0, TimeSpan.FromSeconds(2), hash, false, null, null);

    [Fact]
    public void Update_BucketHash_MovesRouteToTheHashBucketWithItsState()
    {
        var limiter = new RateLimiter(_time);
        var placeholder = limiter.GetBucket(ChannelOne);

        limiter.Update(ChannelOne, placeholder, Exhausted("hash-a"));
        var hashed = limiter.GetBucket(ChannelOne);

        Assert.NotSame(placeholder, hashed);
        Assert.Equal(TimeSpan.FromSeconds(2) + RateLimitBucket.ResetRounding, hashed.DelayBeforeSend(_time.GetUtcNow()));
        Assert.Equal(TimeSpan.Zero, limiter.GetBucket(ChannelTwo).DelayBeforeSend(_time.GetUtcNow()));
    }

    [Fact]
    public void OnRateLimited_RouteScope_BlocksTheBucketTheRetryWillUse()
    {
        var limiter = new RateLimiter(_time);
        var placeholder = limiter.GetBucket(ChannelOne);
        limiter.Update(ChannelOne, placeholder, new RateLimitHeaders(5, 3, TimeSpan.FromSeconds(1), "hash-b", false, "shared", null));

        limiter.OnRateLimited(ChannelOne, placeholder, new RateLimitResponse(TimeSpan.FromSeconds(3), false, "shared", false));

        Assert.Equal(TimeSpan.FromSeconds(3), limiter.GetBucket(ChannelOne).DelayBeforeSend(_time.GetUtcNow()));
    }

    [Fact]
    public async Task OnRateLimited_Global_PausesBotRoutesButNotInteractionCallbacks()
    {
        var limiter = new RateLimiter(_time);
        limiter.OnRateLimited(ChannelOne, limiter.GetBucket(ChannelOne), new RateLimitResponse(TimeSpan.FromSeconds(5), true, "global", false));

        var callback = limiter.WaitTurnAsync(Callback, limiter.GetBucket(Callback), CancellationToken.None);
        var other = limiter.WaitTurnAsync(ChannelTwo, limiter.GetBucket(ChannelTwo), CancellationToken.None);

        Assert.True(callback.IsCompletedSuccessfully);
        Assert.False(other.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(5));
        await other.Within();
    }
}
