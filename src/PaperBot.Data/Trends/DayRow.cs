namespace PaperBot.Data.Trends;

/// <summary>A paper's id and the day it counts on (the daily date, else the publication date), as sqlite-net maps them.</summary>
internal sealed class DayRow
{
    public long Id { get; set; }

    public string? Day { get; set; }
}
