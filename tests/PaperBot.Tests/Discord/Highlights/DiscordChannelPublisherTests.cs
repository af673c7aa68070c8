using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using PaperBot.Core.Chat;
using PaperBot.Core.Highlights;
using PaperBot.Core.Library;
using PaperBot.Discord.Highlights;
using PaperBot.Discord.Json;
using PaperBot.Discord.Models;
using PaperBot.Discord.Rest;
using PaperBot.Discord.Votes;

namespace PaperBot.Tests.Discord.Highlights;

public sealed class DiscordChannelPublisherTests
{
    private static readonly HighlightPost Post = new(new DateOnly(2026, 11, 20), null, [new HighlightItem(1, "A paper", "It does things.", 5, "2611.00001", null)]);

    [Fact]
    public async Task Publish_Sent_PassesTheNonceAndEnforcesIt()
    {
        var rest = new Mock<IDiscordRest>();
        MessagePayload? sent = null;
        rest.Setup(r => r.CreateMessageAsync(new Snowflake(1100000000000000003), It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()))
            .Callback((Snowflake _, MessagePayload p, CancellationToken _) => sent = p)
            .ReturnsAsync(new Message { Id = new Snowflake(99) });

        var result = await Publisher(rest.Object).PublishAsync("1100000000000000003", Post, "hl-1-20261120", CancellationToken.None);

        Assert.Equal(new PublishResult(PublishStatus.Sent, "99"), result);
        Assert.Equal("hl-1-20261120", sent!.Nonce);
        Assert.True(sent.EnforceNonce);
        Assert.Empty(sent.AllowedMentions.Parse);
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, DiscordErrorCodes.UnknownChannel, PublishStatus.ChannelUnavailable)]
    [InlineData(HttpStatusCode.Forbidden, DiscordErrorCodes.MissingAccess, PublishStatus.ChannelUnavailable)]
    [InlineData(HttpStatusCode.Forbidden, DiscordErrorCodes.MissingPermissions, PublishStatus.ChannelUnavailable)]
    [InlineData(HttpStatusCode.BadGateway, 0, PublishStatus.Failed)]
    public async Task Publish_DiscordRefuses_MapsTheCode(HttpStatusCode status, int code, PublishStatus expected)
    {
        var rest = new Mock<IDiscordRest>();
        rest.Setup(r => r.CreateMessageAsync(It.IsAny<Snowflake>(), It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new DiscordApiException(status, code, "refused"));

        var result = await Publisher(rest.Object).PublishAsync("1100000000000000003", Post, "n", CancellationToken.None);

        Assert.Equal(expected, result.Status);
        Assert.False(string.IsNullOrWhiteSpace(result.Reason));
    }

    [Fact]
    public async Task Publish_NotAChannelId_Unavailable()
    {
        var result = await Publisher(Mock.Of<IDiscordRest>()).PublishAsync("general", Post, "n", CancellationToken.None);

        Assert.Equal(PublishStatus.ChannelUnavailable, result.Status);
    }

    [Fact]
    public async Task Publish_Sent_RecordsThePostAsAPaperMessage()
    {
        var rest = Sending();
        var votes = new Mock<IPaperVotes>();

        await Publisher(rest.Object, votes.Object).PublishAsync("1100000000000000003", Post, "n", CancellationToken.None);

        votes.Verify(v => v.RecordMessageAsync("1100000000000000003", "99", new long[] { 1 }, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Publish_RecordingFails_StillSent()
    {
        var rest = Sending();
        var votes = new Mock<IPaperVotes>();
        votes.Setup(v => v.RecordMessageAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<IReadOnlyList<long>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("database is locked"));

        var result = await Publisher(rest.Object, votes.Object).PublishAsync("1100000000000000003", Post, "n", CancellationToken.None);

        Assert.Equal(new PublishResult(PublishStatus.Sent, "99"), result);
    }

    [Fact]
    public async Task Publish_Sent_ThePostsPapersAreTheChannelsShownLast()
    {
        var rest = Sending();
        var conversations = new Mock<IConversationStore>();
        var post = Post with { Items = [.. Post.Items, new HighlightItem(7, "B paper", "It does more.", 3, "2611.00002", null)] };

        await Publisher(rest.Object, conversations: conversations.Object).PublishAsync("1100000000000000003", post, "n", CancellationToken.None);

        conversations.Verify(c => c.SetShownAsync("1100000000000000003", new long[] { 1, 7 }, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Publish_RememberingFails_StillSent()
    {
        var rest = Sending();
        var conversations = new Mock<IConversationStore>();
        conversations.Setup(c => c.SetShownAsync(It.IsAny<string>(), It.IsAny<IReadOnlyList<long>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("database is locked"));

        var result = await Publisher(rest.Object, conversations: conversations.Object).PublishAsync("1100000000000000003", Post, "n", CancellationToken.None);

        Assert.Equal(new PublishResult(PublishStatus.Sent, "99"), result);
    }

    [Fact]
    public async Task Publish_Refused_RemembersNothing()
    {
        var rest = new Mock<IDiscordRest>();
        rest.Setup(r => r.CreateMessageAsync(It.IsAny<Snowflake>(), It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new DiscordApiException(HttpStatusCode.Forbidden, DiscordErrorCodes.MissingAccess, "refused"));
        var conversations = new Mock<IConversationStore>();

        var result = await Publisher(rest.Object, conversations: conversations.Object).PublishAsync("1100000000000000003", Post, "n", CancellationToken.None);

        Assert.Equal(PublishStatus.ChannelUnavailable, result.Status);
        conversations.VerifyNoOtherCalls();
    }

    /// <summary>Discord that creates every message as message 99 in the test's channel.</summary>
    private static Mock<IDiscordRest> Sending()
    {
        var rest = new Mock<IDiscordRest>();
        rest.Setup(r => r.CreateMessageAsync(It.IsAny<Snowflake>(), It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Message { Id = new Snowflake(99), ChannelId = new Snowflake(1100000000000000003) });
        return rest;
    }

    private static DiscordChannelPublisher Publisher(IDiscordRest rest, IPaperVotes? votes = null, IConversationStore? conversations = null) =>
        new(rest, new PaperMessageLog(votes ?? Mock.Of<IPaperVotes>(), NullLogger<PaperMessageLog>.Instance), NullLogger<DiscordChannelPublisher>.Instance, conversations);
}
