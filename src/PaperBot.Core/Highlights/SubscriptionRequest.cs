namespace PaperBot.Core.Highlights;

/// <summary>What an admin asks for with <c>/subscribe</c>. Saving it again for the same channel and topic updates it.</summary>
public sealed record SubscriptionRequest(
    string GuildId,
    string ChannelId,
    TimeOnly PostAt,
    string TimeZoneId,
    string? Topic,
    int Count,
    bool SkipEmptyDays);
