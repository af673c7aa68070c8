namespace PaperBot.Core.Corpus;

/// <summary>
/// Which year a page dump's yearless dates ("Dec 11", "Apr 14 2") mean. Hugging Face prints a year only for
/// dates outside the current year, so the page's year is:
/// <list type="number">
/// <item>the configured year (<see cref="CorpusReaderOptions.PageYear"/>) when set;</item>
/// <item>otherwise the year after the largest year printed in the file, as the page cannot be older than
/// that; but never a year that puts the page date after today, in which case the latest year in which the
/// page date is not in the future;</item>
/// <item>with no printed years, the latest year in which the page date is not after today.</item>
/// </list>
/// A page date that prints its own year ("Dec 11, 2023") needs none of this. A Feb 29 that does not exist in
/// the year found leaves that date unknown rather than failing the file.
/// </summary>
internal static class PageYearInference
{
    public static int Resolve(int? configuredYear, int month, int day, int? maxExplicitYear, DateOnly today)
    {
        if (configuredYear is { } configured)
        {
            return configured;
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        if (day < 1 || day > DateTime.DaysInMonth(2000, month))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "The day does not exist in that month.");
        }

        var latest = LatestYearNotAfter(month, day, today);
        if (maxExplicitYear is not { } max)
        {
            return latest;
        }

        // A page dated Feb 29 can only be from a leap year: take the first one after the printed years.
        var candidate = max + 1;
        while (candidate < latest && !PageDumpDate.Exists(candidate, month, day))
        {
            candidate++;
        }

        return Math.Min(candidate, latest);
    }

    private static int LatestYearNotAfter(int month, int day, DateOnly today)
    {
        var year = today.Year;
        while (year > 1 && (!PageDumpDate.Exists(year, month, day) || new DateOnly(year, month, day) > today))
        {
            year--;
        }

        return year;
    }
}
