using System.Text.Json.Nodes;
using PaperBot.FakeDiscord;
using PaperBot.IntegrationTests.Discord.Bot;
using SQLite;

namespace PaperBot.IntegrationTests.Discord.Library;

/// <summary>
/// The real program against the fake Discord: members save papers from buttons and commands, page through their
/// library, never see another member's, and /forget-me leaves no row of them in any table.
/// </summary>
public sealed class LibraryEndToEndTests
{
    private const string Ada = FakeIds.User;
    private const string Bob = "754679440998535199";
    private const string AdasDm = "1329299508428935999";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task SaveFromASearchResultButton_ThenTheLibraryShowsItPrivately()
    {
        await using var bot = await StartAsync();
        var discord = bot.Discord;

        var search = await AnswerAsync(discord, await discord.SendInteractionAsync(2, BotEndToEndTests.Command("search", ("query", "GPipe pipeline parallelism"))));
        var save = Buttons(search.Message).First(b => b["label"]!.GetValue<string>() == "Save 1")["custom_id"]!.GetValue<string>();
        var saved = await ClickAsync(discord, save, Ada);
        var again = await ClickAsync(discord, save, Ada);
        var note = await AnswerAsync(discord, await discord.SendInteractionAsync(2, Sub("library", "note", ("paper", "#" + save["save:".Length..]), ("note", "@everyone <@754679440998535199> **read** [this](https://evil.example) 🔖"))));
        var library = await AnswerAsync(discord, await discord.SendInteractionAsync(2, Sub("library", "show")));

        Assert.True(saved.Ephemeral);
        Assert.Matches("^Saved “GPipe: Efficient Training of Giant Neural Networks.*” to your library \\(1 paper\\)", Content(saved.Message));
        Assert.Contains("already in your library", Content(again.Message), StringComparison.Ordinal);
        Assert.True(note.Ephemeral);
        Assert.True(library.Ephemeral);
        Assert.Contains("1 paper, newest saved first (page 1 of 1)", Content(library.Message), StringComparison.Ordinal);
        var description = library.Message["embeds"]![0]!["description"]!.GetValue<string>();
        Assert.Contains("GPipe: Efficient Training of Giant Neural Networks", description, StringComparison.Ordinal);
        Assert.Contains("🔖", description, StringComparison.Ordinal);
        Assert.DoesNotContain("@everyone", description, StringComparison.Ordinal);
        Assert.DoesNotMatch("<@!?\\d", description);
        Assert.All(discord.Callbacks.Where(c => c.Data?["allowed_mentions"] is not null), c => Assert.Empty(c.Data!["allowed_mentions"]!["parse"]!.AsArray()));
        Assert.Empty(discord.Violations);
    }

    [Fact]
    public async Task TwentyFivePapers_PagedByButtons_AndAnotherMembersClickSeesNothing()
    {
        await using var bot = await StartAsync();
        var discord = bot.Discord;
        for (var id = 1; id <= 25; id++)
        {
            var saved = await AnswerAsync(discord, await discord.SendInteractionAsync(2, BotEndToEndTests.Command("save", ("paper", $"#{id}"), ("tags", "batch"))));
            Assert.StartsWith("Saved “", Content(saved.Message), StringComparison.Ordinal);
        }

        var first = await AnswerAsync(discord, await discord.SendInteractionAsync(2, Sub("library", "show", ("tag", "batch"))));
        var second = await ClickAsync(discord, ButtonId(first.Message, "Next"), Ada);
        var third = await ClickAsync(discord, ButtonId(second.Message, "Next"), Ada);
        var backToSecond = await ClickAsync(discord, ButtonId(third.Message, "Previous"), Ada);
        var bobClicksAdas = await ClickAsync(discord, ButtonId(second.Message, "Next"), Bob);
        var bobsOwn = await AnswerAsync(discord, await discord.SendInteractionAsync(2, Sub("library", "show"), userId: Bob));

        Assert.Contains("25 papers, newest saved first (page 1 of 3)", Content(first.Message), StringComparison.Ordinal);
        Assert.Equal(10, Lines(first.Message).Count);
        Assert.Equal(["Next"], Buttons(first.Message).Select(b => b["label"]!.GetValue<string>()));
        Assert.StartsWith("**11.**", Lines(second.Message)[0], StringComparison.Ordinal);
        Assert.Equal(["Previous", "Next"], Buttons(second.Message).Select(b => b["label"]!.GetValue<string>()));
        Assert.Equal(5, Lines(third.Message).Count);
        Assert.StartsWith("**21.**", Lines(third.Message)[0], StringComparison.Ordinal);
        Assert.Equal(Lines(second.Message), Lines(backToSecond.Message));
        // Newest saved first: #25 leads page 1 and #1 ends page 3; every paper shows exactly once.
        var all = Lines(first.Message).Concat(Lines(second.Message)).Concat(Lines(third.Message)).ToList();
        Assert.Contains(" · #25 · ", all[0], StringComparison.Ordinal);
        Assert.Contains(" · #1 · ", all[^1], StringComparison.Ordinal);
        Assert.Equal(25, all.Select(l => l.Split(" · ")[1]).Distinct().Count());

        Assert.True(bobClicksAdas.Ephemeral);
        Assert.Contains("someone else's library", Content(bobClicksAdas.Message), StringComparison.Ordinal);
        Assert.Null(bobClicksAdas.Message["embeds"]?.AsArray().FirstOrDefault());
        Assert.Contains("Your library is empty", Content(bobsOwn.Message), StringComparison.Ordinal);
        Assert.Empty(discord.Violations);
    }

    [Fact]
    public async Task ForgetMe_AfterLibraryReadingListAndDm_NoRowOfTheMemberInAnyTable()
    {
        await using var bot = await StartAsync();
        var discord = bot.Discord;
        await AnswerAsync(discord, await discord.SendInteractionAsync(2, BotEndToEndTests.Command("save", ("paper", "#1"), ("note", "mine"))));
        await AnswerAsync(discord, await discord.SendInteractionAsync(2, BotEndToEndTests.Command("save", ("paper", "#2")), userId: Bob));
        var listed = await AnswerAsync(discord, await discord.SendInteractionAsync(2, Sub("readinglist", "add", ("paper", "#3"), ("note", "for Friday"))));
        await AnswerAsync(discord, await discord.SendInteractionAsync(2, Sub("readinglist", "add", ("paper", "#4")), userId: Bob));
        var shown = await AnswerAsync(discord, await discord.SendInteractionAsync(2, Sub("readinglist", "show"), userId: Bob));
        await discord.SendMessageCreateAsync("what is GPipe?", channelId: AdasDm, guildId: null, authorId: Ada);
        await FakeDiscordServer.WaitForAsync(() => discord.ChannelMessages.Any(m => m.ChannelId == AdasDm), Patience, "the DM answer");
        Assert.False(listed.Ephemeral);
        Assert.False(shown.Ephemeral);
        Assert.Contains($"added by <@{Ada}>", shown.Message["embeds"]![0]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotEqual(0, Rows(bot, Ada, AdasDm));

        var ask = await AnswerAsync(discord, await discord.SendInteractionAsync(2, BotEndToEndTests.Command("forget-me")));
        var bobTries = await ClickAsync(discord, ButtonId(ask.Message, "Yes, forget me"), Bob);
        Assert.Contains("Only the member who asked", Content(bobTries.Message), StringComparison.Ordinal);
        Assert.NotEqual(0, Rows(bot, Ada, AdasDm));
        var done = await ClickAsync(discord, ButtonId(ask.Message, "Yes, forget me"), Ada);

        Assert.True(ask.Ephemeral);
        Assert.True(done.Ephemeral);
        Assert.Matches("^Done: deleted \\d+ records, including 1 saved paper and 1 DM conversation", Content(done.Message));
        Assert.Equal(0, Rows(bot, Ada, AdasDm));
        Assert.NotEqual(0, Rows(bot, Bob, "no-such-channel"));
        Assert.Empty(discord.Violations);
    }

    private static async Task<BotHost> StartAsync()
    {
        var bot = await BotHost.CreateAsync();
        await bot.StartAsync();
        return bot;
    }

    /// <summary>Rows anywhere in the database that hold the member id or the channel id, in any text column.</summary>
    private static int Rows(BotHost bot, string memberId, string channelId)
    {
        using var database = new SQLiteConnection(bot.DatabasePath, SQLiteOpenFlags.ReadOnly);
        var tables = database.QueryScalars<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'");
        var rows = 0;
        foreach (var table in tables)
        {
            foreach (var column in database.QueryScalars<string>($"SELECT name FROM pragma_table_info('{table}')"))
            {
                rows += database.ExecuteScalar<int>($"SELECT count(*) FROM \"{table}\" WHERE CAST(\"{column}\" AS TEXT) IN (?, ?)", memberId, channelId);
            }
        }

        return rows;
    }

    private static async Task<(JsonObject Message, bool Ephemeral)> ClickAsync(FakeDiscordServer discord, string customId, string userId) =>
        await AnswerAsync(discord, await discord.SendInteractionAsync(3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 }, userId: userId));

    /// <summary>The answer's message (the callback's, or the edit after a deferral) and whether only the member sees it.</summary>
    private static async Task<(JsonObject Message, bool Ephemeral)> AnswerAsync(FakeDiscordServer discord, FakeInteraction sent)
    {
        var callback = await FakeDiscordServer.WaitForAsync(() => discord.Callbacks.FirstOrDefault(c => c.InteractionId == sent.Id), Patience, "the answer");
        var ephemeral = ((callback.Data?["flags"]?.GetValue<int>() ?? 0) & 64) != 0;
        if (callback.Type == 4)
        {
            return (callback.Data!, ephemeral);
        }

        var edit = await FakeDiscordServer.WaitForAsync(() => discord.OriginalEdits.FirstOrDefault(e => e.InteractionToken == sent.Token), Patience, "the deferred answer");
        return (edit.Body, ephemeral);
    }

    private static string Content(JsonObject message) => message["content"]?.GetValue<string>() ?? "";

    private static List<JsonNode> Buttons(JsonObject message) =>
        [.. (message["components"] as JsonArray ?? []).SelectMany(row => row!["components"]!.AsArray()).Select(b => b!)];

    private static string ButtonId(JsonObject message, string label) =>
        Buttons(message).Single(b => b["label"]!.GetValue<string>() == label)["custom_id"]!.GetValue<string>();

    private static List<string> Lines(JsonObject message) =>
        [.. message["embeds"]![0]!["description"]!.GetValue<string>().Split('\n').Where(l => l.StartsWith("**", StringComparison.Ordinal))];

    private static JsonObject Sub(string name, string sub, params (string Name, object Value)[] options) => new()
    {
        ["id"] = FakeIds.CommandPaper,
        ["name"] = name,
        ["type"] = 1,
        ["options"] = new JsonArray(new JsonObject
        {
            ["type"] = 1,
            ["name"] = sub,
            ["options"] = BotEndToEndTests.Command(sub, options)["options"]!.DeepClone(),
        }),
    };
}
