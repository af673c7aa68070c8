using System.Globalization;
using System.Text;
using PaperBot.FakeDiscord;
using PaperBot.IntegrationTests.Cli;
using PaperBot.IntegrationTests.Discord.Bot;
using PaperBot.Testing;

namespace PaperBot.IntegrationTests.Highlights;

/// <summary>
/// The real host and the fake Discord: a daily highlights post is what the channel was shown last, so a member's
/// "@PaperBot summarize the second one" under it summarizes the post's second paper.
/// </summary>
public sealed class HighlightsFollowUpTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task HighlightsPosted_SummarizeTheSecondOne_SummarizesThePostsSecondPaper()
    {
        await using var bot = await BotHost.CreateAsync();
        await IngestTheDaysPapersAsync(bot, DueNow.PostDay(DateTimeOffset.UtcNow));
        await DueNow.SubscribeThroughShellAsync(bot, [FakeIds.Channel]);

        await bot.StartAsync();
        var post = await FakeDiscordServer.WaitForAsync(
            () => bot.Discord.ChannelMessages.FirstOrDefault(m => m.ChannelId == FakeIds.Channel && m.Nonce?.StartsWith("hl-", StringComparison.Ordinal) == true),
            Patience,
            "the highlights post");
        // Recorded as sent once publishing (the post and the channel's papers shown last) is done.
        await Eventually.UntilAsync(() => DueNow.SentPosts(bot) == 1, "the post recorded as sent");
        var titles = BotEndToEndTests.Titles(post.Body);
        Assert.True(titles.Count >= 2, $"the post shows {titles.Count} papers");
        var second = titles[1][(titles[1].IndexOf(". ", StringComparison.Ordinal) + 2)..].TrimEnd('…');

        var question = await bot.Discord.SendMessageCreateAsync("summarize the second one", mentionBot: true);
        var reply = await FakeDiscordServer.WaitForAsync(
            () => bot.Discord.ChannelMessages.FirstOrDefault(m => m.Body["message_reference"]?["message_id"]?.GetValue<string>() == question),
            Patience,
            "the reply to the mention");

        Assert.Contains(second, reply.Body.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(bot.Discord.Violations);
    }

    /// <summary>A page dump of three papers listed on <paramref name="day"/>, the post's day (the bundled corpus is older).</summary>
    private static async Task IngestTheDaysPapersAsync(BotHost bot, DateOnly day)
    {
        var date = day.ToString("MMM d", CultureInfo.InvariantCulture);
        var page = new StringBuilder($"Daily Papers\n\n{date}\n\n");
        foreach (var (title, topic, upvotes) in new[] { ("Sparse Gates for Cheap Experts", "expert routing", 40), ("Draft Heads for Faster Decoding", "speculative decoding", 25), ("Quiet Caches for Long Prompts", "key-value cache compression", 10) })
        {
            page.Append(CultureInfo.InvariantCulture, $"{title}\n\nWe study {topic} in large language models. Our method is simple and cuts inference cost by half. It keeps accuracy on every benchmark we tried.\n\n  • 3 authors\n·\n{date} {upvotes}\n\n");
        }

        using var process = new PaperBotProcess();
        var file = process.WriteFile("today.txt", page.ToString());
        var ingest = await process.RunAsync(null, "ingest", file, "--db", bot.DatabasePath, "--page-year", day.Year.ToString(CultureInfo.InvariantCulture));
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
    }
}
