namespace PaperBot.Core.Trends;

/// <summary>The limits every front end (Discord, shell, command line) applies to a trend request.</summary>
public static class TrendRules
{
    public const int DefaultMonths = 12;
    public const int MinMonths = 1;
    public const int MaxMonths = 36;

    /// <summary>Papers listed under a chart.</summary>
    public const int TopPapers = 5;

    public const int MaxTopicLength = 200;

    /// <summary>Why the request cannot be answered, or null when it can.</summary>
    public static string? Validate(string? topic, int months) =>
        string.IsNullOrWhiteSpace(topic) ? "Give a topic, e.g. LLM inference."
        : topic.Length > MaxTopicLength ? $"The topic is {topic.Length} characters long: keep it to {MaxTopicLength} or fewer."
        : months is < MinMonths or > MaxMonths ? $"Months must be between {MinMonths} and {MaxMonths}."
        : null;

    /// <summary>
    /// The <paramref name="months"/> calendar months ending with <paramref name="end"/>'s month, oldest first, with
    /// <paramref name="dates"/> counted into them (dates outside the months are ignored).
    /// </summary>
    public static IReadOnlyList<MonthCount> CountByMonth(DateOnly end, int months, IEnumerable<DateOnly> dates)
    {
        var first = new DateOnly(end.Year, end.Month, 1).AddMonths(1 - months);
        var counts = new int[months];
        foreach (var date in dates)
        {
            var index = ((date.Year - first.Year) * 12) + date.Month - first.Month;
            if (index >= 0 && index < months && date <= end)
            {
                counts[index]++;
            }
        }

        return [.. counts.Select((count, i) => new MonthCount(first.AddMonths(i), count))];
    }

    /// <summary>The first day of the period: the first day of the oldest month.</summary>
    public static DateOnly PeriodStart(DateOnly end, int months) => new DateOnly(end.Year, end.Month, 1).AddMonths(1 - months);
}
