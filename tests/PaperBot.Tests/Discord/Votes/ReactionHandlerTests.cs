using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using PaperBot.Core.Library;
using PaperBot.Discord.Bot;
using PaperBot.Discord.Json;
using PaperBot.Discord.Models;
using PaperBot.Discord.Votes;

namespace PaperBot.Tests.Discord.Votes;

public sealed class ReactionHandlerTests
{
    private static readonly Snowflake Bot = new(1000);
    private static readonly Snowflake Member = new(2000);
    private static readonly Snowflake MessageId = new(3000);

    private readonly Mock<IPaperVotes> _votes = new();
    private readonly Mock<ILibraryStore> _library = new();

    [Theory]
    [InlineData("👍")]
    [InlineData("👍🏽")]
    [InlineData("👍🏿")]
    [InlineData("👍\uFE0F")]
    public async Task HandleAsync_ThumbsUpAnySkinTone_CountsAVote(string emoji)
    {
        await Handler().HandleAsync(Reaction(emoji), added: true, CancellationToken.None);

        _votes.Verify(v => v.AddAsync("3000", "2000", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task HandleAsync_ThumbsUpRemoved_TakesTheVoteBack()
    {
        await Handler().HandleAsync(Reaction("👍") with { MessageAuthorId = null, Member = null }, added: false, CancellationToken.None);

        _votes.Verify(v => v.RemoveAsync("3000", "2000", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task HandleAsync_Bookmark_SavesTheMessagesFirstPaper()
    {
        _votes.Setup(v => v.PapersOfAsync("3000", It.IsAny<CancellationToken>())).ReturnsAsync([42L, 7L]);

        await Handler().HandleAsync(Reaction("🔖"), added: true, CancellationToken.None);

        _library.Verify(l => l.SaveAsync("2000", 42, It.Is<IReadOnlyList<string>>(t => t.Count == 0), null, It.IsAny<CancellationToken>()), Times.Once);
        _votes.Verify(v => v.AddAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task HandleAsync_BookmarkOnAnUnrecordedMessage_SavesNothing()
    {
        _votes.Setup(v => v.PapersOfAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);

        await Handler().HandleAsync(Reaction("🔖"), added: true, CancellationToken.None);

        _library.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task HandleAsync_BookmarkRemoved_LeavesTheLibraryAlone()
    {
        await Handler().HandleAsync(Reaction("🔖") with { MessageAuthorId = null, Member = null }, added: false, CancellationToken.None);

        _library.VerifyNoOtherCalls();
        _votes.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task HandleAsync_OnSomeoneElsesMessage_TouchesNothing()
    {
        await Handler().HandleAsync(Reaction("👍") with { MessageAuthorId = new Snowflake(7777) }, added: true, CancellationToken.None);
        await Handler().HandleAsync(Reaction("🔖") with { MessageAuthorId = new Snowflake(7777) }, added: true, CancellationToken.None);

        _votes.VerifyNoOtherCalls();
        _library.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task HandleAsync_ByABotOrByPaperBot_TouchesNothing()
    {
        var otherBot = Reaction("👍") with { Member = new GuildMember { User = new User { Id = new Snowflake(5555), Bot = true } }, UserId = new Snowflake(5555) };
        var itself = Reaction("👍") with { UserId = Bot, Member = null };

        await Handler().HandleAsync(otherBot, added: true, CancellationToken.None);
        await Handler().HandleAsync(itself, added: true, CancellationToken.None);
        await Handler().HandleAsync(itself, added: false, CancellationToken.None);

        _votes.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData("❤️")]
    [InlineData("👎")]
    public async Task HandleAsync_OtherEmoji_Ignored(string emoji)
    {
        await Handler().HandleAsync(Reaction(emoji), added: true, CancellationToken.None);

        _votes.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task HandleAsync_CustomEmojiNamedThumbsUp_Ignored()
    {
        await Handler().HandleAsync(Reaction("👍") with { Emoji = new ReactionEmoji { Id = new Snowflake(123), Name = "👍" } }, added: true, CancellationToken.None);

        _votes.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task HandleAsync_StoreFails_Swallowed()
    {
        _votes.Setup(v => v.AddAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("database is locked"));

        await Handler().HandleAsync(Reaction("👍"), added: true, CancellationToken.None);

        _votes.Verify(v => v.AddAsync("3000", "2000", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task HandleInOrderAsync_AddThenRemove_RemoveRunsAfterTheAdd()
    {
        var order = new List<string>();
        var adding = new TaskCompletionSource<bool>();
        _votes.Setup(v => v.AddAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns(async () => { var added = await adding.Task; lock (order) { order.Add("add"); } return added; });
        _votes.Setup(v => v.RemoveAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns(() => { lock (order) { order.Add("remove"); } return Task.FromResult(true); });
        var handler = Handler();

        var add = handler.HandleInOrderAsync(Reaction("👍"), added: true, CancellationToken.None);
        var remove = handler.HandleInOrderAsync(Reaction("👍"), added: false, CancellationToken.None);
        adding.SetResult(true);
        await Task.WhenAll(add, remove);

        Assert.Equal(["add", "remove"], order);
    }

    private ReactionHandler Handler()
    {
        var identity = new BotIdentity();
        identity.Update(new ReadyEvent { User = new User { Id = Bot, Bot = true }, Application = new ReadyApplication { Id = Bot } });
        return new ReactionHandler(_votes.Object, _library.Object, identity, NullLogger<ReactionHandler>.Instance);
    }

    private static MessageReaction Reaction(string emoji) => new()
    {
        UserId = Member,
        ChannelId = new Snowflake(4000),
        MessageId = MessageId,
        GuildId = new Snowflake(5000),
        Member = new GuildMember { User = new User { Id = Member } },
        Emoji = new ReactionEmoji { Name = emoji },
        MessageAuthorId = Bot,
    };
}
