using PaperBot.Core.Corpus;

namespace PaperBot.Tests.Core.Corpus;

public sealed class PageYearInferenceTests
{
    private static readonly DateOnly Today = new(2026, 3, 1);

    [Fact]
    public void Resolve_ConfiguredYear_WinsOverEverything()
    {
        var year = PageYearInference.Resolve(configuredYear: 2019, month: 12, day: 11, maxExplicitYear: 2024, Today);

        Assert.Equal(2019, year);
    }

    [Fact]
    public void Resolve_ExplicitYears_YearAfterTheLargest()
    {
        // The file printed 2024, so its yearless dates are from a later year.
        var year = PageYearInference.Resolve(null, month: 12, day: 4, maxExplicitYear: 2024, Today);

        Assert.Equal(2025, year);
    }

    [Fact]
    public void Resolve_ExplicitYearsPointAtTheFuture_LatestYearNotAfterToday()
    {
        // 2025 + 1 = 2026, but Dec 4, 2026 has not happened by Mar 1, 2026.
        var year = PageYearInference.Resolve(null, month: 12, day: 4, maxExplicitYear: 2025, Today);

        Assert.Equal(2025, year);
    }

    [Fact]
    public void Resolve_ExplicitYearsLongAgo_YearAfterTheLargestEvenIfOld()
    {
        var year = PageYearInference.Resolve(null, month: 6, day: 1, maxExplicitYear: 2019, Today);

        Assert.Equal(2020, year);
    }

    [Theory]
    [InlineData(2, 28, 2026)]
    [InlineData(3, 1, 2026)]
    [InlineData(3, 2, 2025)]
    [InlineData(12, 31, 2025)]
    public void Resolve_NoExplicitYears_LatestYearNotAfterToday(int month, int day, int expected)
    {
        var year = PageYearInference.Resolve(null, month, day, maxExplicitYear: null, Today);

        Assert.Equal(expected, year);
    }

    [Fact]
    public void Resolve_LeapDayWithoutExplicitYears_LatestLeapYear()
    {
        var year = PageYearInference.Resolve(null, month: 2, day: 29, maxExplicitYear: null, Today);

        Assert.Equal(2024, year);
    }

    [Fact]
    public void Resolve_LeapDayAfterExplicitYears_FirstLeapYearAfterThem()
    {
        var year = PageYearInference.Resolve(null, month: 2, day: 29, maxExplicitYear: 2018, Today);

        Assert.Equal(2020, year);
    }

    [Fact]
    public void Resolve_DayThatNeverExists_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PageYearInference.Resolve(null, 2, 30, null, Today));
    }
}
