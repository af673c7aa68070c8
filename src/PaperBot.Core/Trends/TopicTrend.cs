using PaperBot.Core.Papers;

namespace PaperBot.Core.Trends;

/// <summary>
/// A topic's papers per month from <see cref="From"/> to <see cref="To"/> (every month of the period, empty ones
/// included, oldest first), and its most upvoted papers of the period (their date is the daily date, else the
/// publication date).
/// </summary>
public sealed record TopicTrend(string Topic, DateOnly From, DateOnly To, IReadOnlyList<MonthCount> Months, IReadOnlyList<PaperHit> TopPapers)
{
    public int Total => Months.Sum(m => m.Papers);

    /// <summary>The month with the most papers (the latest of equals); null when nothing matched.</summary>
    public MonthCount? Busiest => Total == 0 ? null : Months.OrderByDescending(m => m.Papers).ThenByDescending(m => m.Month).First();

    /// <summary>One line, e.g. "42 papers in 12 months; most in 2025-03".</summary>
    public string Summary()
    {
        var papers = Total == 1 ? "1 paper" : $"{Total} papers";
        var months = Months.Count == 1 ? "1 month" : $"{Months.Count} months";
        return Busiest is { } busiest ? $"{papers} in {months}; most in {busiest.Label}" : $"{papers} in {months}";
    }
}
