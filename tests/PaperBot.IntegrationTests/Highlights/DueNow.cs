using System.Globalization;
using PaperBot.IntegrationTests.Cli;
using PaperBot.IntegrationTests.Discord.Bot;
using SQLite;

namespace PaperBot.IntegrationTests.Highlights;

/// <summary>
/// Subscriptions that are due as soon as PaperBot starts: posting at a minute ago today, in a fixed-offset zone where it is
/// about noon now (so "a minute ago" is today wherever the run starts, never near midnight), and dated yesterday (PaperBot
/// was down at post time, so it posts once at start).
/// </summary>
internal static class DueNow
{
    /// <summary>The shell's <c>/subscribe</c> lines for <paramref name="channels"/>, due a minute before <paramref name="now"/>.</summary>
    public static string SubscribeCommands(IEnumerable<string> channels, DateTimeOffset now, int count = 3)
    {
        var (zone, offset) = ZoneNearNoon(now);
        var at = now.ToOffset(offset).AddMinutes(-1).ToString("HH:mm", CultureInfo.InvariantCulture);
        return string.Concat(channels.Select(c => string.Create(CultureInfo.InvariantCulture, $"/subscribe {c} {at} {zone} {count}\n")));
    }

    /// <summary>Subscribes <paramref name="channels"/> through the shell, as an operator would, due as soon as the bot starts.</summary>
    public static async Task SubscribeThroughShellAsync(BotHost bot, IReadOnlyList<string> channels)
    {
        var now = DateTimeOffset.UtcNow;
        using var shell = new PaperBotProcess();
        var result = await shell.RunAsync(SubscribeCommands(channels, now), "chat", "--db", bot.DatabasePath);
        Assert.True(result.ExitCode == 0, result.ToString());

        using var database = new SQLiteConnection(bot.DatabasePath);
        var yesterday = Yesterday(now).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
        Assert.Equal(channels.Count, database.Execute("UPDATE subscriptions SET created_at = ?, saved_at = ?", yesterday, yesterday));
    }

    /// <summary>The posts the bot has recorded as sent: publishing each (message, papers shown) is done.</summary>
    public static int SentPosts(BotHost bot)
    {
        using var database = new SQLiteConnection(bot.DatabasePath, SQLiteOpenFlags.ReadOnly);
        return database.ExecuteScalar<int>("SELECT COUNT(*) FROM highlight_posts WHERE state = 'sent'");
    }

    /// <summary>The day a post due at <paramref name="now"/> is for: the date in the subscriptions' zone.</summary>
    public static DateOnly PostDay(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(ZoneNearNoon(now).Offset).DateTime);

    /// <summary>The day before <paramref name="now"/>: subscriptions saved then have missed today's post time.</summary>
    public static DateTimeOffset Yesterday(DateTimeOffset now) => now.AddDays(-1);

    /// <summary>An IANA fixed-offset zone (Etc/GMT-N is UTC+N) in which <paramref name="now"/> is within an hour of noon.</summary>
    private static (string Zone, TimeSpan Offset) ZoneNearNoon(DateTimeOffset now)
    {
        var hours = (int)Math.Clamp(Math.Round(12 - now.TimeOfDay.TotalHours), -12, 14);
        var zone = hours switch
        {
            0 => "Etc/UTC",
            > 0 => $"Etc/GMT-{hours}",
            _ => $"Etc/GMT+{-hours}",
        };
        return (zone, TimeSpan.FromHours(hours));
    }
}
