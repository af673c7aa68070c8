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
}
