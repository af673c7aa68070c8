using System.Globalization;

namespace PaperBot.Core.Papers;

/// <summary>
/// Reads the date bounds of a search filter. A year or a month is a range: as <c>since</c> it starts at its first day,
/// as <c>until</c> it ends on its last, so <c>--since 2024 --until 2024</c> is the whole of 2024.
/// </summary>
public static class FilterDates
{
    /// <summary>The first day <paramref name="text"/> covers (2024 -> 2024-01-01); false when it is not a date.</summary>
    public static bool TryParseStart(string text, out DateOnly day) => TryParse(text, end: false, out day);

    /// <summary>The last day <paramref name="text"/> covers (2024-02 -> 2024-02-29); false when it is not a date.</summary>
    public static bool TryParseEnd(string text, out DateOnly day) => TryParse(text, end: true, out day);

    private static bool TryParse(string text, bool end, out DateOnly day)
    {
        day = default;
        var trimmed = text.Trim();
        var culture = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", culture, DateTimeStyles.None, out day))
        {
            return true;
        }

        if (DateOnly.TryParseExact(trimmed + "-01", "yyyy-MM-dd", culture, DateTimeStyles.None, out var month) && trimmed.Length == 7)
        {
            day = end ? month.AddMonths(1).AddDays(-1) : month;
            return true;
        }

        if (trimmed.Length == 4 && int.TryParse(trimmed, NumberStyles.None, culture, out var year) && year >= 1)
        {
            day = end ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
            return true;
        }

        return false;
    }
}
