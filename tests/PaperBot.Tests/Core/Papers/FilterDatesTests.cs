using PaperBot.Core.Papers;

namespace PaperBot.Tests.Core.Papers;

public sealed class FilterDatesTests
{
    [Theory]
    [InlineData("2024-05-17", "2024-05-17", "2024-05-17")]
    [InlineData("2024-05", "2024-05-01", "2024-05-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData(" 2024 ", "2024-01-01", "2024-12-31")]
    public void TryParse_DayMonthOrYear_CoversItsWholeRange(string text, string start, string end)
    {
        Assert.True(FilterDates.TryParseStart(text, out var first));
        Assert.True(FilterDates.TryParseEnd(text, out var last));
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), first);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), last);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2024-13")]
    [InlineData("2024-02-30")]
    [InlineData("24")]
    [InlineData("2024-5")]
    [InlineData("05/01/2024")]
    [InlineData("0000")]
    public void TryParse_NotADate_False(string text)
    {
        Assert.False(FilterDates.TryParseStart(text, out _));
        Assert.False(FilterDates.TryParseEnd(text, out _));
    }
}
