using System.Globalization;

namespace PaperBot.Discord.Commands;

/// <summary>Reads what an admin typed for a subscription; each problem is one line that says what to write instead.</summary>
internal static class SubscriptionInput
{
    public static bool TryParseTime(string? text, out TimeOnly time, out string? error)
    {
        error = null;
        if (TimeOnly.TryParseExact(text?.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time))
        {
            return true;
        }

        error = $"\"{text}\" is not a time of day: write it as HH:MM in 24-hour time, e.g. 09:00 or 17:30.";
        return false;
    }

    /// <summary>IANA time zone ids (what members know: Europe/Berlin, America/New_York) containing the typed text.</summary>
    public static IEnumerable<string> MatchZones(string typed) =>
        ZoneIds.Value.Where(id => id.Contains(typed.Trim().Replace(' ', '_'), StringComparison.OrdinalIgnoreCase))
            .OrderBy(id => !id.StartsWith(typed.Trim(), StringComparison.OrdinalIgnoreCase))
            .ThenBy(id => id, StringComparer.Ordinal);

    private static readonly Lazy<IReadOnlyList<string>> ZoneIds = new(() =>
        TimeZoneInfo.GetSystemTimeZones()
            .Select(z => TimeZoneInfo.TryConvertWindowsIdToIanaId(z.Id, out var iana) ? iana : z.Id)
            .Append("UTC")
            .Where(id => id.Contains('/', StringComparison.Ordinal) || id == "UTC")
            .Distinct(StringComparer.Ordinal)
            .ToList());
}
