using PaperBot.Core.Highlights;

namespace PaperBot.Data.Highlights;

/// <summary>A row of <c>subscriptions</c>, as sqlite-net reads it.</summary>
internal sealed class SubscriptionRow
{
    public const string Columns = """
        id AS Id, guild_id AS GuildId, channel_id AS ChannelId, post_at AS PostAt, time_zone AS TimeZone, topic AS Topic,
        count AS Count, skip_empty_days AS SkipEmptyDays, paused_reason AS PausedReason, created_at AS CreatedAt, saved_at AS SavedAt
        """;

    public long Id { get; set; }
    public string GuildId { get; set; } = "";
    public string ChannelId { get; set; } = "";
    public string PostAt { get; set; } = "";
    public string TimeZone { get; set; } = "";
    public string? Topic { get; set; }
    public int Count { get; set; }
    public bool SkipEmptyDays { get; set; }
    public string? PausedReason { get; set; }
    public string CreatedAt { get; set; } = "";
    public string SavedAt { get; set; } = "";

    public Subscription ToSubscription() =>
        new(Id, GuildId, ChannelId, StoredTime.ParseTime(PostAt), TimeZone, Topic, Count, SkipEmptyDays, StoredTime.Parse(CreatedAt), PausedReason)
        {
            SavedAt = StoredTime.Parse(SavedAt),
        };
}
