using System.Globalization;
using System.Text.RegularExpressions;

namespace PaperBot.Core.Corpus;

/// <summary>
/// A date as a Hugging Face papers page prints it: "Dec 11", "Jul 26, 2022", and on entry lines an
/// optional trailing upvote count ("Sep 10 53", "Nov 27, 2024 2"). The year is printed only for dates
/// outside the year the page was viewed in, so it is often missing.
/// </summary>
internal readonly partial record struct PageDumpDate(int Month, int Day, int? Year, int? Upvotes)
{
    private static readonly string[] MonthNames =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static bool TryParse(string text, out PageDumpDate date)
    {
        ArgumentNullException.ThrowIfNull(text);
        date = default;
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var month = Array.IndexOf(MonthNames, match.Groups["month"].Value) + 1;
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);

        // Checked against a leap year so that "Feb 29" parses; whether it exists depends on the year.
        if (day < 1 || day > DateTime.DaysInMonth(2000, month))
        {
            return false;
        }

        date = new PageDumpDate(month, day, ParseOptional(match.Groups["year"]), ParseOptional(match.Groups["upvotes"]));
        return true;
    }

    /// <summary>True when <paramref name="day"/> of <paramref name="month"/> exists in <paramref name="year"/>.</summary>
    public static bool Exists(int year, int month, int day) =>
        year is >= 1 and <= 9999 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>The date in its own year, or in <paramref name="fallbackYear"/>; null when it does not exist (Feb 29).</summary>
    public DateOnly? ToDate(int fallbackYear)
    {
        var year = Year ?? fallbackYear;
        return Exists(year, Month, Day) ? new DateOnly(year, Month, Day) : null;
    }

    private static int? ParseOptional(Group group) =>
        group.Success ? int.Parse(group.Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(
        @"^(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+(?<day>\d{1,2})(?:,\s*(?<year>\d{4}))?(?:\s+(?<upvotes>\d{1,7}))?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
