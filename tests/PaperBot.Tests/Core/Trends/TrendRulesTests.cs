using PaperBot.Core.Papers;
using PaperBot.Core.Trends;

namespace PaperBot.Tests.Core.Trends;

public sealed class TrendRulesTests
{
    [Fact]
    public void CountByMonth_Dates_CountedIntoTheMonthsEndingWithTheEndsMonth()
    {
        var end = new DateOnly(2025, 3, 10);
        DateOnly[] dates = [new(2025, 1, 1), new(2025, 1, 31), new(2025, 3, 10), new(2025, 3, 11), new(2024, 12, 31), new(2025, 2, 28)];

        var months = TrendRules.CountByMonth(end, 3, dates);

        Assert.Equal(["2025-01", "2025-02", "2025-03"], months.Select(m => m.Label));
        // 2025-03-11 is after the end and 2024-12-31 before the first month: neither counts.
        Assert.Equal([2, 1, 1], months.Select(m => m.Papers));
    }

    [Fact]
    public void CountByMonth_AcrossAYear_KeepsCalendarOrder()
    {
        var months = TrendRules.CountByMonth(new DateOnly(2026, 2, 1), 4, [new DateOnly(2025, 11, 5)]);

        Assert.Equal(["2025-11", "2025-12", "2026-01", "2026-02"], months.Select(m => m.Label));
        Assert.Equal(new DateOnly(2025, 11, 1), TrendRules.PeriodStart(new DateOnly(2026, 2, 1), 4));
    }

    [Fact]
    public void Summary_Counts_SaysTotalMonthsAndBusiest()
    {
        var trend = new TopicTrend("x", new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31),
            [new(new DateOnly(2025, 1, 1), 10), new(new DateOnly(2025, 2, 1), 20), new(new DateOnly(2025, 3, 1), 12)], Array.Empty<PaperHit>());

        Assert.Equal("42 papers in 3 months; most in 2025-02", trend.Summary());
    }

    [Fact]
    public void Summary_Nothing_NoBusiestMonth()
    {
        var trend = new TopicTrend("x", new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31), [new(new DateOnly(2025, 1, 1), 0)], Array.Empty<PaperHit>());

        Assert.Null(trend.Busiest);
        Assert.Equal("0 papers in 1 month", trend.Summary());
    }

    [Theory]
    [InlineData("LLM inference", 12, null)]
    [InlineData("LLM inference", 36, null)]
    [InlineData("  ", 12, "Give a topic")]
    [InlineData("LLM inference", 0, "between 1 and 36")]
    [InlineData("LLM inference", 37, "between 1 and 36")]
    public void Validate_Request_NamesTheProblem(string topic, int months, string? expected)
    {
        var problem = TrendRules.Validate(topic, months);

        if (expected is null)
        {
            Assert.Null(problem);
        }
        else
        {
            Assert.Contains(expected, problem, StringComparison.Ordinal);
        }
    }
}
