using PaperBot.Core.Highlights;

namespace PaperBot.Tests.Highlights;

public sealed class PostScheduleTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Theory]
    // An ordinary winter and summer day.
    [InlineData(2026, 1, 15, 9, 0, "2026-01-15T14:00:00Z")]
    [InlineData(2026, 7, 15, 9, 0, "2026-07-15T13:00:00Z")]
    // Spring forward (Mar 8 2026, 02:00 -> 03:00): 02:30 does not exist; the first valid instant after it is 03:00 EDT.
    [InlineData(2026, 3, 8, 2, 30, "2026-03-08T07:00:00Z")]
    // Fall back (Nov 1 2026, 02:00 -> 01:00): 01:30 happens twice; the first is 01:30 EDT.
    [InlineData(2026, 11, 1, 1, 30, "2026-11-01T05:30:00Z")]
    public void DueAt_NewYork_IsTheRightInstant(int year, int month, int day, int hour, int minute, string expected)
    {
        var due = PostSchedule.DueAt(new DateOnly(year, month, day), new TimeOnly(hour, minute), NewYork);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), due);
    }

    [Fact]
    public void LocalDay_TokyoIsAheadOfUtc()
    {
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

        Assert.Equal(new DateOnly(2026, 6, 2), PostSchedule.LocalDay(new DateTimeOffset(2026, 6, 1, 23, 30, 0, TimeSpan.Zero), tokyo));
    }
}
