namespace PaperBot.Core.Highlights;

/// <summary>
/// Which highlights to select: the papers of <see cref="Day"/>, matching <see cref="Topic"/> when given, at most
/// <see cref="Count"/>. With <see cref="ChannelId"/>, papers already posted to that channel in the last 30 days are left out.
/// </summary>
public sealed record HighlightRequest(DateOnly Day, string? Topic, int Count, string? ChannelId = null);
