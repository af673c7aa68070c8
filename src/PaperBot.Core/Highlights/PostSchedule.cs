namespace PaperBot.Core.Highlights;

/// <summary>When a daily post falls: a local time of day on a local date, as an instant, across DST changes.</summary>
public static class PostSchedule
{
    /// <summary>The local date at <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static DateOnly LocalDay(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
    }

    /// <summary>
    /// The instant of <paramref name="time"/> on <paramref name="day"/> in <paramref name="zone"/>. A time that does not
    /// exist (the hour skipped when clocks spring forward) becomes the first valid instant after it, the moment the
    /// clocks jump; a time that happens twice (clocks falling back) is its first occurrence.
    /// </summary>
    public static DateTimeOffset DueAt(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            // Walk to the end of the gap; gaps are whole minutes in every zone in use, and never longer than a day.
            var valid = local;
            for (var i = 0; i < 24 * 60 && zone.IsInvalidTime(valid); i++)
            {
                valid = valid.AddMinutes(1);
            }

            return new DateTimeOffset(valid, zone.GetUtcOffset(valid));
        }

        if (zone.IsAmbiguousTime(local))
        {
            // The larger offset is the earlier instant: the first time the clock shows this time.
            return new DateTimeOffset(local, zone.GetAmbiguousTimeOffsets(local).Max());
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
