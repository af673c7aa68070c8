using PaperBot.FakeDiscord;
using PaperBot.IntegrationTests.Discord.Bot;
using PaperBot.Testing;

namespace PaperBot.IntegrationTests.Highlights;

/// <summary>
/// The real host killed with SIGKILL in the middle of posting daily highlights, then started again: every
/// (subscription, day) ends up in the fake Discord exactly once.
/// </summary>
public sealed class CrashRestartTests
{
    private static readonly string[] Channels = ["1100000000000000101", "1100000000000000102", "1100000000000000103"];

    [Fact]
    public async Task KilledWhileSending_Restarted_EveryPostExactlyOnce()
    {
        // A restarted process cannot know when the killed one identified, so it may identify again within Discord's 5 s.
        await using var bot = await BotHost.CreateAsync(new FakeDiscordOptions { EnforceIdentifyRate = false });
        // Discord creates the first channel's post but holds its answer: the kill lands after the message exists, before
        // PaperBot hears so, however loaded the machine.
        bot.Discord.HoldAnswers(Channels[0]);
        // The killed process's claim on the interrupted post lapses after this lease; the restart takes the post over then.
        bot.Environment["PAPERBOT_Storage__PostClaimSeconds"] = "5";
        await DueNow.SubscribeThroughShellAsync(bot, Channels);

        await bot.StartAsync();
        await FakeDiscordServer.WaitForAsync(() => bot.Discord.ChannelMessages.Any(m => m.ChannelId == Channels[0]), TimeSpan.FromSeconds(60), "the held highlights post");
        bot.Kill();
        bot.Discord.ReleaseAnswers(Channels[0]);
        var beforeRestart = bot.Discord.ChannelMessages.Count;

        await bot.StartAsync();
        await FakeDiscordServer.WaitForAsync(() => Channels.All(c => bot.Discord.ChannelMessages.Any(m => m.ChannelId == c)), TimeSpan.FromSeconds(60), "a post in every channel");
        // Once PaperBot has recorded every post as sent, nothing of them is in flight: a duplicate would already be in the
        // fake. Stopping it then makes sure no later pass adds one before the counts are read.
        await Eventually.UntilAsync(() => DueNow.SentPosts(bot) == Channels.Length, "every post recorded as sent");
        bot.Kill();

        Assert.InRange(beforeRestart, 1, Channels.Length);
        foreach (var channel in Channels)
        {
            var posts = bot.Discord.ChannelMessages.Where(m => m.ChannelId == channel).ToList();
            Assert.Single(posts);
            Assert.StartsWith("hl-", posts[0].Nonce, StringComparison.Ordinal);
            Assert.Contains("highlights for", posts[0].Content, StringComparison.Ordinal);
        }

        // The post interrupted by the kill was sent again after the restart, with its nonce: Discord kept one.
        var sends = bot.Discord.Requests.Count(r => r.Method == "POST" && r.Path.Contains("/messages", StringComparison.Ordinal) && r.Path.StartsWith("channels/", StringComparison.Ordinal));
        Assert.True(sends > Channels.Length, $"expected a re-send after the kill, saw {sends} sends");
        Assert.Empty(bot.Discord.Violations);
    }
}
