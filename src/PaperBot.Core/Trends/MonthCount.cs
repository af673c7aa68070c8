using System.Globalization;

namespace PaperBot.Core.Trends;

/// <summary>Papers of one calendar month; <see cref="Month"/> is its first day.</summary>
public sealed record MonthCount(DateOnly Month, int Papers)
{
    /// <summary>The month as "2025-03".</summary>
    public string Label => Month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
