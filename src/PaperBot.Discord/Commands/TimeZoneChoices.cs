namespace PaperBot.Discord.Commands;

/// <summary>Time zone suggestions for <c>/subscribe</c> (the checks themselves are Core's SubscriptionRules).</summary>
internal static class TimeZoneChoices
{
    /// <summary>IANA time zone ids (what members know: Europe/Berlin, America/New_York) containing the typed text.</summary>
    public static IEnumerable<string> Match(string typed) =>
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
