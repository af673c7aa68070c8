using PaperBot.Core.Corpus;

namespace PaperBot.Tests.Core.Corpus;

public sealed class PageDumpDateTests
{
    [Theory]
    [InlineData("Dec 11", 12, 11, null, null)]
    [InlineData("Oct 20", 10, 20, null, null)]
    [InlineData("Jul 26, 2022", 7, 26, 2022, null)]
    [InlineData("Nov 27, 2024 2", 11, 27, 2024, 2)]
    [InlineData("Sep 10 53", 9, 10, null, 53)]
    [InlineData("Apr 14 2", 4, 14, null, 2)]
    [InlineData("  Feb 29, 2024  ", 2, 29, 2024, null)]
    [InlineData("Feb 29", 2, 29, null, null)]
    public void TryParse_PageShapes_ReadsEachPart(string text, int month, int day, int? year, int? upvotes)
    {
        var parsed = PageDumpDate.TryParse(text, out var date);

        Assert.True(parsed);
        Assert.Equal(new PageDumpDate(month, day, year, upvotes), date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("December 11")]
    [InlineData("dec 11")]
    [InlineData("Feb 30")]
    [InlineData("Apr 31, 2024")]
    [InlineData("Dec 0")]
    [InlineData("Dec 11, 24")]
    [InlineData("Recognize Any Regions")]
    [InlineData("  • 4 authors")]
    public void TryParse_NotADate_ReturnsFalse(string text)
    {
        Assert.False(PageDumpDate.TryParse(text, out _));
    }

    [Theory]
    [InlineData(2025, null)]
    [InlineData(2024, 29)]
    public void ToDate_YearlessLeapDay_NullWhenTheYearHasNone(int year, int? expectedDay)
    {
        var date = new PageDumpDate(2, 29, null, null);

        var result = date.ToDate(year);

        Assert.Equal(expectedDay, result?.Day);
    }

    [Fact]
    public void ToDate_PrintedYear_WinsOverFallback()
    {
        var date = new PageDumpDate(7, 26, 2022, null);

        Assert.Equal(new DateOnly(2022, 7, 26), date.ToDate(2025));
    }
}
