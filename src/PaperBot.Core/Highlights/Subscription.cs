namespace PaperBot.Core.Highlights;

/// <summary>
/// A channel's daily highlights: posted once per local day at <see cref="PostAt"/> in <see cref="TimeZoneId"/>
/// (an IANA name such as <c>Europe/Berlin</c>), <see cref="Count"/> papers, optionally only those matching
/// <see cref="Topic"/>. A subscription whose channel is gone or closed to PaperBot is paused with a reason.
/// </summary>
public sealed record Subscription(
    long Id,
    string GuildId,
    string ChannelId,
    TimeOnly PostAt,
    string TimeZoneId,
    string? Topic,
    int Count,
    bool SkipEmptyDays,
    DateTimeOffset CreatedAt,
    string? PausedReason = null)
{
    public bool IsPaused => PausedReason is not null;

    /// <summary>
    /// When the subscription was last saved (created, edited or resumed); <see cref="CreatedAt"/> when not known.
    /// Posts are owed from the first post time after it, so a subscription saved at 10:00 for 09:00 starts tomorrow.
    /// </summary>
    public DateTimeOffset? SavedAt { get; init; }

    /// <summary>The instant from which posts are owed: <see cref="SavedAt"/>, else <see cref="CreatedAt"/>.</summary>
    public DateTimeOffset ActiveSince => SavedAt ?? CreatedAt;
}
