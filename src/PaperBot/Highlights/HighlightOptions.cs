using System.ComponentModel.DataAnnotations;

namespace PaperBot.Highlights;

/// <summary>How daily highlights are scheduled and selected. Section <c>Highlights</c>.</summary>
internal sealed class HighlightOptions
{
    public const string SectionName = "Highlights";

    /// <summary>
    /// The longest the scheduler sleeps between looks at the subscriptions (it also wakes at the next post time and at
    /// once when this process changes a subscription). Bounds how late a change made by another process is seen. Default 60.
    /// </summary>
    [Range(1, 3600, ErrorMessage = "Highlights:CheckIntervalSeconds must be between 1 and 3600.")]
    public int CheckIntervalSeconds { get; set; } = 60;

    /// <summary>How long one post may take before it counts as failed and is retried later, so one channel never holds up the others. Default 30.</summary>
    [Range(1, 600, ErrorMessage = "Highlights:SendTimeoutSeconds must be between 1 and 600.")]
    public int SendTimeoutSeconds { get; set; } = 30;

    /// <summary>A paper posted to a channel is not posted there again for this many days (0 allows repeats). Default 30.</summary>
    [Range(0, 365, ErrorMessage = "Highlights:RepeatWindowDays must be between 0 and 365.")]
    public int RepeatWindowDays { get; set; } = 30;
}
