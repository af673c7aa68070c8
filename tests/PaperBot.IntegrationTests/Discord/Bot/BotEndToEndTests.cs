using System.Text.Json.Nodes;
using PaperBot.FakeDiscord;

namespace PaperBot.IntegrationTests.Discord.Bot;

/// <summary>The real host against the fake Discord: a member's slash command and @mention get the right papers back.</summary>
public sealed class BotEndToEndTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task SearchCommandAndMention_AnsweredOnceWithTheExpectedPapers()
    {
        await using var bot = await BotHost.CreateAsync();
        await bot.StartAsync();
        var discord = bot.Discord;

        // The commands are registered once, with what members will see.
        await FakeDiscordServer.WaitForAsync(() => discord.CommandPuts.Count == 1, Patience, "the command registration");
        var names = discord.CommandPuts[0].Select(c => c!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["ask", "export", "follow", "forget-me", "foryou", "help", "highlights", "library", "paper", "readinglist", "save", "search", "similar", "subscribe", "subscriptions", "summarize", "top", "trends", "unfollow", "unsubscribe"], names);

        // /search query: pipeline parallelism
        var search = await discord.SendInteractionAsync(2, Command("search", ("query", "GPipe pipeline parallelism")));
        var answer = await FakeDiscordServer.WaitForAsync(() => discord.Callbacks.FirstOrDefault(c => c.InteractionId == search.Id), Patience, "the /search answer");
        var titles = Titles(answer.Type == 4 ? answer.Data : discord.OriginalEdits.Single(e => e.InteractionToken == search.Token).Body);
        Assert.StartsWith("1. GPipe: Efficient Training of Giant Neural Networks", titles[0], StringComparison.Ordinal);

        // @PaperBot what is GPipe?
        var question = await discord.SendMessageCreateAsync("what is GPipe and how does it split a model?", mentionBot: true);
        var reply = await FakeDiscordServer.WaitForAsync(() => discord.ChannelMessages.FirstOrDefault(m => m.Body["message_reference"]?["message_id"]?.GetValue<string>() == question), Patience, "the reply to the mention");
        var all = string.Join('\n', discord.ChannelMessages.Select(m => m.Body.ToJsonString()));
        Assert.Contains("GPipe: Efficient Training of Giant Neural Networks", all, StringComparison.Ordinal);
        Assert.Contains(FakeIds.Channel, discord.TypingChannels);
        Assert.Empty(reply.Body["allowed_mentions"]!["parse"]!.AsArray());

        // Exactly one answer each, and nothing Discord would have refused.
        Assert.Single(discord.Callbacks, c => c.InteractionId == search.Id);
        Assert.Empty(discord.Violations);
        Assert.DoesNotContain(discord.Token, bot.Process.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RejectedToken_OneLineAndExitCode1()
    {
        await using var bot = await BotHost.CreateAsync();
        bot.Environment["PAPERBOT_Discord__Token"] = "wrong-token";
        var process = new Cli.PaperBotProcess();
        foreach (var (key, value) in bot.Environment)
        {
            process.Environment[key] = value;
        }

        using (process)
        {
            var result = await process.RunAsync(null, "run", "--db", Path.Combine(process.Home, "db.sqlite"));

            Assert.Equal(1, result.ExitCode);
            var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("paperbot:", StringComparison.Ordinal)).ToList();
            Assert.Contains("Discord:Token", Assert.Single(lines), StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("wrong-token", result.Error, StringComparison.Ordinal);
        }
    }

    internal static JsonObject Command(string name, params (string Name, object Value)[] options) => new()
    {
        ["id"] = FakeIds.CommandPaper,
        ["name"] = name,
        ["type"] = 1,
        ["options"] = new JsonArray(options.Select(o => (JsonNode)new JsonObject
        {
            ["name"] = o.Name,
            ["type"] = o.Value is long or int ? 4 : 3,
            ["value"] = JsonValue.Create(o.Value),
        }).ToArray()),
    };

    internal static List<string> Titles(JsonObject? message) =>
        (message?["embeds"] as JsonArray ?? []).Select(e => e!["title"]!.GetValue<string>()).ToList();
}
