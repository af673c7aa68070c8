using PaperBot.Core.Trends;

namespace PaperBot.Cli;

/// <summary><c>trends --json</c>: the period, the papers per month (oldest first), the top papers and the chart's path.</summary>
internal sealed record TrendJson(
    string Topic, DateOnly From, DateOnly To, int Total, string? BusiestMonth, IReadOnlyList<TrendMonthJson> Months, IReadOnlyList<SearchResultJson> Top, string? Chart)
{
    public static TrendJson Create(TopicTrend trend, string? chart) => new(
        trend.Topic, trend.From, trend.To, trend.Total, trend.Busiest?.Label,
        [.. trend.Months.Select(m => new TrendMonthJson(m.Label, m.Papers))],
        [.. trend.TopPapers.Select(SearchResultJson.From)],
        chart);
}
