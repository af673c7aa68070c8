using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using PaperBot.Core.Follows;
using PaperBot.Discord.Follows;
using PaperBot.Discord.Json;
using PaperBot.Discord.Models;
using PaperBot.Discord.Rest;

namespace PaperBot.Tests.Discord.Follows;

public sealed class DiscordDigestMessengerTests
{
    private static readonly Digest Digest = new("1100000000000000004", DigestPeriod.Weekly, "2026-W50",
        [new DigestItem(1, "A *paper* about @everyone", "https://arxiv.org/abs/2612.00001", null, ["topic \"diffusion\""])]);

    private readonly Mock<IDiscordRest> _rest = new();

    public DiscordDigestMessengerTests() =>
        _rest.Setup(r => r.CreateDmAsync(new Snowflake(1100000000000000004), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Channel { Id = new Snowflake(1100000000000000050), Type = 1 });

    [Fact]
    public async Task Send_OpensTheDmAndPostsWithTheNonceEnforced()
    {
        MessagePayload? sent = null;
        _rest.Setup(r => r.CreateMessageAsync(new Snowflake(1100000000000000050), It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()))
            .Callback((Snowflake _, MessagePayload p, CancellationToken _) => sent = p)
            .ReturnsAsync(new Message { Id = new Snowflake(99) });

        var result = await Messenger().SendAsync(Digest, "fd-1", CancellationToken.None);

        Assert.Equal(new DmResult(DmStatus.Sent, "99"), result);
        Assert.Equal("fd-1", sent!.Nonce);
        Assert.True(sent.EnforceNonce);
        Assert.Empty(sent.AllowedMentions.Parse);
        Assert.Contains("[A \\*paper\\* about @everyone](<https://arxiv.org/abs/2612.00001>)", sent.Content, StringComparison.Ordinal);
        Assert.Contains("weekly PaperBot digest", sent.Content, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, DiscordErrorCodes.CannotSendToUser, DmStatus.Closed)]
    [InlineData(HttpStatusCode.BadGateway, 0, DmStatus.Failed)]
    public async Task Send_DiscordRefuses_MapsTheCode(HttpStatusCode status, int code, DmStatus expected)
    {
        _rest.Setup(r => r.CreateMessageAsync(It.IsAny<Snowflake>(), It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new DiscordApiException(status, code, "refused"));

        var result = await Messenger().SendAsync(Digest, "fd-1", CancellationToken.None);

        Assert.Equal(expected, result.Status);
        if (expected == DmStatus.Closed)
        {
            Assert.Equal(FollowRules.DmsClosedReason, result.Reason);
        }
    }

    private DiscordDigestMessenger Messenger() => new(_rest.Object, NullLogger<DiscordDigestMessenger>.Instance);
}
