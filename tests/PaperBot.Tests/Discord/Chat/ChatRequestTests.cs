using PaperBot.Discord.Chat;
using PaperBot.Discord.Json;
using PaperBot.Discord.Models;

namespace PaperBot.Tests.Discord.Chat;

public sealed class ChatRequestTests
{
    private const ulong Bot = 1_100_000_000_000_000_010;
    private static readonly User Member = new() { Id = new Snowflake(1_100_000_000_000_000_020), Username = "ada" };
    private static readonly User BotUser = new() { Id = new Snowflake(Bot), Username = "PaperBot", Bot = true };

    [Fact]
    public void QuestionIn_Mention_StripsTheMention()
    {
        var message = InGuild($"<@{Bot}> what is flash attention?") with { Mentions = [BotUser] };

        Assert.Equal("what is flash attention?", ChatRequest.QuestionIn(message, Bot));
    }

    [Fact]
    public void QuestionIn_LegacyNicknameMention_StripsIt()
    {
        var message = InGuild($"hey <@!{Bot}> summarize it") with { Mentions = [BotUser] };

        Assert.Equal("hey  summarize it", ChatRequest.QuestionIn(message, Bot));
    }

    [Fact]
    public void QuestionIn_OtherMentionsStay()
    {
        var message = InGuild($"<@{Bot}> what did <@42> mean?") with { Mentions = [BotUser] };

        Assert.Equal("what did <@42> mean?", ChatRequest.QuestionIn(message, Bot));
    }

    [Fact]
    public void QuestionIn_ReplyToTheBot_IsForTheBot()
    {
        var message = InGuild("and the second one?") with { ReferencedMessage = new Message { Author = BotUser } };

        Assert.Equal("and the second one?", ChatRequest.QuestionIn(message, Bot));
    }

    [Fact]
    public void QuestionIn_DirectMessage_IsForTheBot()
    {
        var message = InGuild("hello") with { GuildId = null };

        Assert.Equal("hello", ChatRequest.QuestionIn(message, Bot));
    }

    [Fact]
    public void QuestionIn_GuildChatterNotAddressed_Null()
    {
        Assert.Null(ChatRequest.QuestionIn(InGuild("papers are great"), Bot));
    }

    [Fact]
    public void QuestionIn_FromABotOrItselfOrAWebhook_Null()
    {
        var mention = $"<@{Bot}> hi";
        Assert.Null(ChatRequest.QuestionIn(InGuild(mention) with { Mentions = [BotUser], Author = Member with { Bot = true } }, Bot));
        Assert.Null(ChatRequest.QuestionIn(InGuild(mention) with { Mentions = [BotUser], Author = BotUser with { Bot = null } }, Bot));
        Assert.Null(ChatRequest.QuestionIn(InGuild(mention) with { Mentions = [BotUser], WebhookId = new Snowflake(5) }, Bot));
    }

    [Fact]
    public void QuestionIn_ReplyWithoutContent_Null()
    {
        // Without MESSAGE_CONTENT a reply that does not ping the bot arrives empty.
        var message = InGuild("") with { ReferencedMessage = new Message { Author = BotUser } };

        Assert.Null(ChatRequest.QuestionIn(message, Bot));
    }

    [Fact]
    public void QuestionIn_SystemMessageInADm_Null()
    {
        Assert.Null(ChatRequest.QuestionIn(InGuild("pinned a message") with { GuildId = null, Type = 6 }, Bot));
    }

    private static Message InGuild(string content) => new()
    {
        Id = new Snowflake(1_100_000_000_000_000_100),
        ChannelId = new Snowflake(1_100_000_000_000_000_003),
        GuildId = new Snowflake(1_100_000_000_000_000_002),
        Author = Member,
        Content = content,
    };
}
