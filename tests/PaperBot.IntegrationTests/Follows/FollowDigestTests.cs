using System.Globalization;
using System.Text.Json.Nodes;
using PaperBot.FakeDiscord;
using PaperBot.IntegrationTests.Cli;
using PaperBot.IntegrationTests.Discord.Bot;
using PaperBot.Testing;
using SQLite;

namespace PaperBot.IntegrationTests.Follows;

/// <summary>
/// Follows end to end: the real host and the fake Discord. A member follows an author with /follow, a new paper by that
/// author arrives, and the digest DM reaches them exactly once though PaperBot is killed mid-send; closed DMs pause the
/// follows and /follow list says so; /foryou ranks papers close to the member's library and says why.
/// </summary>
public sealed class FollowDigestTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task KilledWhileSendingDigest_Restarted_OneDm()
    {
        // A restarted process cannot know when the killed one identified, so it may identify again within Discord's 5 s.
        await using var bot = await BotHost.CreateAsync(new FakeDiscordOptions { EnforceIdentifyRate = false });
        await LoadCorpusAsync(bot);
        await bot.StartAsync();
        var reply = await CommandAsync(bot, Follow("author", ("name", "Jane Doe"), ("period", "daily")));
        Assert.Contains("Following author \"Jane Doe\" (daily)", reply, StringComparison.Ordinal);
        Assert.Contains("no author names", reply, StringComparison.Ordinal);
        bot.Kill();

        AddPaperByJaneDoe(bot);
        var dm = bot.Discord.DmChannelOf(FakeIds.User);
        // Discord creates the DM but holds its answer: the kill lands after the DM exists, before PaperBot hears so.
        bot.Discord.HoldAnswers(dm);
        await bot.StartAsync();
        await FakeDiscordServer.WaitForAsync(() => bot.Discord.ChannelMessages.Any(m => m.ChannelId == dm), Patience, "the digest DM");
        bot.Kill();
        bot.Discord.ReleaseAnswers(dm);
        Assert.Equal(1, DigestRows(bot, "sending"));

        await bot.StartAsync();
        await Eventually.UntilAsync(() => DigestRows(bot, "sent") == 1, "the digest recorded as sent");
        bot.Kill();

        var digest = Assert.Single(bot.Discord.ChannelMessages, m => m.ChannelId == dm);
        Assert.StartsWith("fd-", digest.Nonce, StringComparison.Ordinal);
        Assert.Contains("Sparse Experts for Follow Digests", digest.Content, StringComparison.Ordinal);
        Assert.Contains("author \"Jane Doe\"", digest.Content, StringComparison.Ordinal);
        var sends = bot.Discord.Requests.Count(r => r.Method == "POST" && r.Path == $"channels/{dm}/messages");
        Assert.True(sends >= 2, $"expected a re-send after the kill, saw {sends} sends");
        Assert.Contains(bot.Discord.Requests, r => r.Method == "POST" && r.Path == "users/@me/channels");
        Assert.Empty(bot.Discord.Violations);
    }

    [Fact]
    public async Task DmsClosed_FollowsPaused_FollowListSaysSo()
    {
        await using var bot = await BotHost.CreateAsync();
        await LoadCorpusAsync(bot);
        bot.Discord.CloseDms(FakeIds.User);
        await bot.StartAsync();
        await CommandAsync(bot, Follow("author", ("name", "Jane Doe"), ("period", "daily")));
        bot.Kill();

        AddPaperByJaneDoe(bot);
        await bot.StartAsync();
        await Eventually.UntilAsync(() => PausedFollows(bot) == 1, "the follow paused");
        var list = await CommandAsync(bot, Follow("list"));
        bot.Kill();

        Assert.Contains("author \"Jane Doe\" (daily) — paused: PaperBot can't DM you (open your DMs, then /follow resume)", list, StringComparison.Ordinal);
        // 50007 is not retried: one try, then nothing until the member resumes.
        Assert.Single(bot.Discord.Requests, r => r.Method == "POST" && r.Path == $"channels/{bot.Discord.DmChannelOf(FakeIds.User)}/messages");
    }

    [Fact]
    public async Task ForYou_SavedPapers_RanksOthersWithWhy()
    {
        await using var bot = await BotHost.CreateAsync();
        await LoadCorpusAsync(bot);
        await bot.StartAsync();
        var empty = await CommandAsync(bot, Command("foryou"));
        using (var database = new SQLiteConnection(bot.DatabasePath))
        {
            // Saved as /save would: the running bot reads the library as it is now.
            var saved = database.QueryScalars<long>("SELECT id FROM papers ORDER BY id LIMIT 3");
            foreach (var id in saved)
            {
                database.Execute("INSERT INTO library_items(member_id, paper_id, tags, note, saved_at) VALUES(?, ?, '|', NULL, ?)", FakeIds.User, id, Now());
            }
        }

        var reply = await CommandAsync(bot, Command("foryou", ("count", 3L)));
        bot.Kill();

        Assert.Equal("Your library is empty: /save papers first, and /foryou finds papers close to them.", empty);
        Assert.StartsWith("**For you**", reply, StringComparison.Ordinal);
        Assert.Contains("close to", reply, StringComparison.Ordinal);
        Assert.Contains("your saved paper", reply, StringComparison.Ordinal);
        Assert.Contains("1. ", reply, StringComparison.Ordinal);
    }

    private static async Task LoadCorpusAsync(BotHost bot)
    {
        // The shell loads the bundled corpus into the new database, as a first run does, and stores nothing else.
        using var shell = new PaperBotProcess();
        var result = await shell.RunAsync("/follow list\n", "chat", "--db", bot.DatabasePath);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("can't DM", result.Output, StringComparison.Ordinal);
    }

    private static void AddPaperByJaneDoe(BotHost bot)
    {
        using var database = new SQLiteConnection(bot.DatabasePath);
        var today = DateTimeOffset.UtcNow.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        database.Execute(
            "INSERT INTO papers(title, norm_title, abstract, published_on, authors, author_count, added_at) VALUES(?, ?, ?, ?, ?, 2, ?)",
            "Sparse Experts for Follow Digests", "sparse experts for follow digests", "A paper for the test.", today, "[\"Jané Doe\",\"Sam Roe\"]", Now());
    }

    private static string Now() => DateTimeOffset.UtcNow.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static int DigestRows(BotHost bot, string state)
    {
        using var database = new SQLiteConnection(bot.DatabasePath, SQLiteOpenFlags.ReadOnly);
        return database.ExecuteScalar<int>("SELECT COUNT(*) FROM digest_posts WHERE state = ?", state);
    }

    private static int PausedFollows(BotHost bot)
    {
        using var database = new SQLiteConnection(bot.DatabasePath, SQLiteOpenFlags.ReadOnly);
        return database.ExecuteScalar<int>("SELECT COUNT(*) FROM follows WHERE paused_reason IS NOT NULL");
    }

    /// <summary>Sends the slash command from the member and returns the text of PaperBot's answer.</summary>
    private static async Task<string> CommandAsync(BotHost bot, JsonObject data)
    {
        var interaction = await bot.Discord.SendInteractionAsync(2, data);
        var callback = await FakeDiscordServer.WaitForAsync(() => bot.Discord.Callbacks.FirstOrDefault(c => c.InteractionId == interaction.Id), Patience, $"the /{data["name"]} answer");
        var body = callback.Type == 4
            ? callback.Data!
            : (await FakeDiscordServer.WaitForAsync(() => bot.Discord.OriginalEdits.FirstOrDefault(e => e.InteractionToken == interaction.Token), Patience, "the edited answer")).Body;
        Assert.Empty(body["allowed_mentions"]!["parse"]!.AsArray());
        return body["content"]!.GetValue<string>();
    }

    private static JsonObject Follow(string subcommand, params (string Name, object Value)[] options) => new()
    {
        ["id"] = FakeIds.CommandPaper,
        ["name"] = "follow",
        ["type"] = 1,
        ["options"] = new JsonArray(new JsonObject { ["name"] = subcommand, ["type"] = 1, ["options"] = Options(options) }),
    };

    private static JsonObject Command(string name, params (string Name, object Value)[] options) => new()
    {
        ["id"] = FakeIds.CommandPaper,
        ["name"] = name,
        ["type"] = 1,
        ["options"] = Options(options),
    };

    private static JsonArray Options((string Name, object Value)[] options) => new(options.Select(o => (JsonNode)new JsonObject
    {
        ["name"] = o.Name,
        ["type"] = o.Value is long or int ? 4 : 3,
        ["value"] = JsonValue.Create(o.Value),
    }).ToArray());
}
