using System.Text.Json.Nodes;
using PaperBot.FakeDiscord;

namespace PaperBot.IntegrationTests.Discord.Bot;

/// <summary>The real host against the fake Discord: /search registers its filters, applies them and explains bad ones.</summary>
public sealed class SearchFiltersEndToEndTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Search_FiltersRegisteredAppliedAndExplained()
    {
        await using var bot = await BotHost.CreateAsync();
        await bot.StartAsync();
        var discord = bot.Discord;

        // Registered with the filter options, each autocompleted.
        await FakeDiscordServer.WaitForAsync(() => discord.CommandPuts.Count == 1, Patience, "the command registration");
        var search = discord.CommandPuts[0].Single(c => c!["name"]!.GetValue<string>() == "search")!;
        var options = search["options"]!.AsArray().Select(o => (o!["name"]!.GetValue<string>(), o["autocomplete"]?.GetValue<bool>() ?? false)).ToList();
        Assert.Equal([("query", false), ("count", false), ("category", true), ("since", true), ("until", true)], options);

        // A date range that holds the paper, one that does not, and a category the bundled corpus cannot have.
        var inRange = await AnswerAsync(discord, BotEndToEndTests.Command("search", ("query", "GPipe pipeline parallelism"), ("since", "2015"), ("until", "2025-06")));
        var tooEarly = await AnswerAsync(discord, BotEndToEndTests.Command("search", ("query", "GPipe pipeline parallelism"), ("until", "1990")));
        var category = await AnswerAsync(discord, BotEndToEndTests.Command("search", ("query", "GPipe"), ("category", "cs.LG")));
        var badDate = await AnswerAsync(discord, BotEndToEndTests.Command("search", ("query", "GPipe"), ("since", "someday")));

        Assert.StartsWith("1. GPipe: Efficient Training of Giant Neural Networks", BotEndToEndTests.Titles(inRange)[0], StringComparison.Ordinal);
        Assert.Equal("No papers until 1990-12-31 match \"GPipe pipeline parallelism\". Try fewer words or a wider filter.", tooEarly["content"]!.GetValue<string>());
        Assert.Equal("No paper in the corpus has arXiv categories yet (they come from the arXiv snapshot): search without category.", category["content"]!.GetValue<string>());
        Assert.Equal("since must be a date like 2024-05-01, 2024-05 or 2024.", badDate["content"]!.GetValue<string>());
        Assert.All([tooEarly, category, badDate], m => Assert.Equal(64, m["flags"]!.GetValue<int>() & 64));
        Assert.Empty(discord.Violations);
    }

    /// <summary>The answer's message, whether sent at once or after a deferral.</summary>
    private static async Task<JsonObject> AnswerAsync(FakeDiscordServer discord, JsonObject command)
    {
        var sent = await discord.SendInteractionAsync(2, command);
        var answer = await FakeDiscordServer.WaitForAsync(() => discord.Callbacks.FirstOrDefault(c => c.InteractionId == sent.Id), Patience, "the /search answer");
        if (answer.Type == 4)
        {
            return answer.Data!;
        }

        var edit = await FakeDiscordServer.WaitForAsync(() => discord.OriginalEdits.FirstOrDefault(e => e.InteractionToken == sent.Token), Patience, "the deferred /search answer");
        return edit.Body;
    }
}
