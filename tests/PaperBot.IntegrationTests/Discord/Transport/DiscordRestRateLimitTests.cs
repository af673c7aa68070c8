using System.Diagnostics;
using System.Net;
using PaperBot.Discord.Json;
using PaperBot.Discord.Models;
using PaperBot.Discord.Rest;
using PaperBot.FakeDiscord;
using PaperBot.Testing;

namespace PaperBot.IntegrationTests.Discord.Transport;

/// <summary>The REST client against 429s of every kind, bucket exhaustion and the global limit; the fake flags any early retry.</summary>
public sealed class DiscordRestRateLimitTests
{
    private static readonly Snowflake Channel = Snowflake.Parse(FakeIds.Channel);

    private static MessagePayload Hello(string? nonce = null) =>
        new() { Content = "hello", Nonce = nonce, EnforceNonce = nonce is null ? null : true };

    [Theory]
    [InlineData(RateLimitFaultKind.Route)]
    [InlineData(RateLimitFaultKind.Global)]
    [InlineData(RateLimitFaultKind.Shared)]
    public async Task RateLimited_JsonBody_WaitsRetryAfterThenSucceeds(RateLimitFaultKind kind)
    {
        await using var h = await TransportHarness.StartAsync();
        h.Server.InjectRateLimits(kind, 2, 0.3, "channels/");
        var clock = Stopwatch.StartNew();

        await h.Rest.CreateMessageAsync(Channel, Hello(), CancellationToken.None);

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(590), $"took {clock.ElapsedMilliseconds} ms");
        Assert.Equal([429, 429, 200], h.Server.Requests.Select(r => r.Status));
        Assert.Single(h.Server.ChannelMessages);
        Assert.Empty(h.Server.Violations);
    }

    [Fact]
    public async Task RateLimited_Global_PausesOtherRoutesToo()
    {
        await using var h = await TransportHarness.StartAsync();
        h.Server.InjectRateLimits(RateLimitFaultKind.Global, 1, 0.5, "channels/");
        var first = h.Rest.CreateMessageAsync(Channel, Hello(), CancellationToken.None);
        await h.WaitForAsync(() => h.Server.Requests.Count == 1, "the global 429");

        await h.Rest.GetCommandsAsync(Snowflake.Parse(h.Server.ApplicationId), null, CancellationToken.None);
        await first;

        // Both instants as the fake saw them: the other route arrived no sooner than retry_after after the 429 was sent.
        var limited = h.Server.Requests[0];
        var other = Assert.Single(h.Server.Requests, r => r.Path.Contains("commands", StringComparison.Ordinal));
        Assert.Equal(429, limited.Status);
        Assert.True(other.At - limited.At >= TimeSpan.FromMilliseconds(490), $"the other route went after {(other.At - limited.At).TotalMilliseconds:F0} ms");
        Assert.Empty(h.Server.Violations);
    }

    [Fact]
    public async Task RateLimited_CloudflareHtml_BacksOffByRetryAfterHeader()
    {
        await using var h = await TransportHarness.StartAsync();
        h.Server.InjectRateLimits(RateLimitFaultKind.Cloudflare, 1, 1);
        var clock = Stopwatch.StartNew();

        await h.Rest.CreateMessageAsync(Channel, Hello(), CancellationToken.None);

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(990), $"took {clock.ElapsedMilliseconds} ms");
        Assert.Equal([429, 200], h.Server.Requests.Select(r => r.Status));
        Assert.Empty(h.Server.Violations);
    }

    [Fact]
    public async Task BucketUsedUp_WaitsForResetInsteadOfHitting429()
    {
        await using var h = await TransportHarness.StartAsync(new FakeDiscordOptions { BucketLimit = 2, BucketWindow = TimeSpan.FromMilliseconds(300) });

        for (var i = 0; i < 6; i++)
        {
            await h.Rest.CreateMessageAsync(Channel, Hello(), CancellationToken.None);
        }

        Assert.Equal(6, h.Server.ChannelMessages.Count);
        Assert.All(h.Server.Requests, r => Assert.Equal(200, r.Status));
        Assert.Empty(h.Server.Violations);
    }

    [Fact]
    public async Task GlobalLimit_SeventyRequestsAtOnce_NeverMoreThan50PerSecond()
    {
        // The client's pace on its own (fake) clock: arrival times at the fake bunch up on a busy machine, so the fake's
        // real-time count is off here and the test checks the pace where the client decides it.
        var time = new WaitableTimeProvider();
        await using var h = await TransportHarness.StartAsync(new FakeDiscordOptions { EnforceGlobalRateLimit = false }, restTime: time);

        var sending = Task.WhenAll(Enumerable.Range(1, 70).Select(i => h.Rest.TriggerTypingAsync(new Snowflake((ulong)i), CancellationToken.None)));
        await h.WaitForAsync(() => h.Server.TypingChannels.Count == 50, "the first 50 requests");
        await time.WaitForTimersAsync(20);
        var withinTheSecond = h.Server.TypingChannels.Count;
        time.Advance(TimeSpan.FromSeconds(1));
        await sending.Within();

        Assert.Equal(50, withinTheSecond);
        Assert.Equal(70, h.Server.TypingChannels.Count);
        Assert.Empty(h.Server.Violations);
    }
}
