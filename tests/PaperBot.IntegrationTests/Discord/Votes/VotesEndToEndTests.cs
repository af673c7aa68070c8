using System.Text.Json.Nodes;
using PaperBot.FakeDiscord;
using PaperBot.IntegrationTests.Discord.Bot;
using PaperBot.Testing;
using SQLite;

namespace PaperBot.IntegrationTests.Discord.Votes;

/// <summary>
/// The real program against the fake Discord: a /search reply is recorded as a paper message, 👍 reactions on it count
/// once per member, a removal takes the vote back, reactions elsewhere or by bots count nothing, 🔖 saves the paper to
/// the member's library, and /top lists the result. Reactions are handled in arrival order, so waiting for a later
/// reaction's effect proves that an earlier one has been handled.
/// </summary>
public sealed class VotesEndToEndTests
{
    private const string Ada = "754679440998535181";
    private const string Bob = "754679440998535182";
    private const string Cy = "754679440998535183";
    private const string OtherBot = "754679440998535184";

    [Fact]
    public async Task Reactions_OnASearchReply_CountOncePerMemberAndTopListsThem()
    {
        await using var bot = await BotHost.CreateAsync();
        await bot.StartAsync();
        var discord = bot.Discord;

        // /search: the public answer is recorded with the papers it shows.
        var search = await discord.SendInteractionAsync(2, BotEndToEndTests.Command("search", ("query", "GPipe pipeline parallelism")));
        var message = await FakeDiscordServer.WaitForAsync(() => discord.OriginalMessageId(search), Eventually.Deadline, "the /search answer");
        await Eventually.UntilAsync(() => Scalar(bot, "SELECT count(*) FROM paper_messages WHERE message_id = ?", message) == 1, "the answer recorded as a paper message");
        var firstPaper = long.Parse(Text(bot, "SELECT paper_ids FROM paper_messages WHERE message_id = ?", message).Split(',')[0], System.Globalization.CultureInfo.InvariantCulture);

        // Ada's 👍 twice counts once; Bob's counts too.
        await discord.SendReactionAsync(message, Ada);
        await discord.SendReactionAsync(message, Ada);
        await discord.SendReactionAsync(message, Bob, "👍🏽");
        await Eventually.UntilAsync(() => Votes(bot, message, Bob) == 1, "Bob's vote");
        Assert.Equal(1, Votes(bot, message, Ada));
        Assert.Equal(2, Scalar(bot, "SELECT count(*) FROM paper_votes WHERE message_id = ?", message));

        // A member's own message, and a bot's 👍, count nothing; Ada's 🔖 after them saves the top paper to her library.
        var foreign = await discord.SendMessageCreateAsync("look at this paper", authorId: Cy);
        await discord.SendReactionAsync(foreign, Cy, messageAuthorId: Cy);
        await discord.SendReactionAsync(message, OtherBot, userIsBot: true);
        await discord.SendReactionAsync(message, Ada, "🔖");
        await Eventually.UntilAsync(() => Scalar(bot, "SELECT count(*) FROM library_items WHERE member_id = ?", Ada) == 1, "Ada's bookmark");
        Assert.Equal(firstPaper, Scalar(bot, "SELECT paper_id FROM library_items WHERE member_id = ?", Ada));
        Assert.Equal(0, Scalar(bot, "SELECT count(*) FROM paper_votes WHERE message_id = ? OR member_id IN (?, ?)", foreign, Cy, OtherBot));

        // Bob takes his vote back.
        await discord.SendReactionAsync(message, Bob, "👍🏽", added: false);
        await Eventually.UntilAsync(() => Votes(bot, message, Bob) == 0, "Bob's vote taken back");

        // /top lists the paper with Ada's one vote.
        var top = await discord.SendInteractionAsync(2, BotEndToEndTests.Command("top", ("days", 7L)));
        var answer = await FakeDiscordServer.WaitForAsync(() => Answer(discord, top), Eventually.Deadline, "the /top answer");
        var list = answer["embeds"]![0]!["description"]!.GetValue<string>();
        Assert.StartsWith("1. **GPipe", list, StringComparison.Ordinal);
        Assert.Contains("· 1 👍", list, StringComparison.Ordinal);
        Assert.Empty(discord.Violations);
    }

    [Fact]
    public async Task MentionAnswer_RecordedAndVotable()
    {
        await using var bot = await BotHost.CreateAsync();
        await bot.StartAsync();
        var discord = bot.Discord;

        var question = await discord.SendMessageCreateAsync("what is GPipe and how does it split a model?", mentionBot: true);
        var reply = await FakeDiscordServer.WaitForAsync(() => discord.ChannelMessages.FirstOrDefault(m => m.Body["message_reference"]?["message_id"]?.GetValue<string>() == question), Eventually.Deadline, "the reply to the mention");
        await Eventually.UntilAsync(() => Scalar(bot, "SELECT count(*) FROM paper_messages WHERE message_id = ?", reply.Id) == 1, "the reply recorded as a paper message");

        await discord.SendReactionAsync(reply.Id, Ada);
        await Eventually.UntilAsync(() => Votes(bot, reply.Id, Ada) == 1, "Ada's vote on the answer");
    }

    [Fact]
    public async Task Top_NothingVoted_OneLine()
    {
        await using var bot = await BotHost.CreateAsync();
        await bot.StartAsync();

        var top = await bot.Discord.SendInteractionAsync(2, BotEndToEndTests.Command("top"));
        var answer = await FakeDiscordServer.WaitForAsync(() => Answer(bot.Discord, top), Eventually.Deadline, "the /top answer");

        Assert.StartsWith("No paper got a 👍 in this channel in the last 7 days.", answer["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, Scalar(bot, "SELECT count(*) FROM paper_messages"));
    }

    /// <summary>The answer's message body: the callback's data, or the edit that completed a deferral.</summary>
    private static JsonObject? Answer(FakeDiscordServer discord, FakeInteraction interaction)
    {
        var callback = discord.Callbacks.FirstOrDefault(c => c.InteractionId == interaction.Id);
        return callback?.Type == 4 ? callback.Data : discord.OriginalEdits.FirstOrDefault(e => e.InteractionToken == interaction.Token)?.Body;
    }

    private static long Votes(BotHost bot, string message, string member) =>
        Scalar(bot, "SELECT count(*) FROM paper_votes WHERE message_id = ? AND member_id = ?", message, member);

    private static long Scalar(BotHost bot, string sql, params object[] args)
    {
        using var database = new SQLiteConnection(bot.DatabasePath, SQLiteOpenFlags.ReadOnly);
        return database.ExecuteScalar<long>(sql, args);
    }

    private static string Text(BotHost bot, string sql, params object[] args)
    {
        using var database = new SQLiteConnection(bot.DatabasePath, SQLiteOpenFlags.ReadOnly);
        return database.ExecuteScalar<string>(sql, args);
    }
}
