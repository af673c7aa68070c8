using System.Globalization;

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
