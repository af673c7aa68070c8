namespace PaperBot.Core.Highlights;

/// <summary>How a post went. <see cref="Reason"/> is a short line for the log and <c>/subscriptions</c>.</summary>
public sealed record PublishResult(PublishStatus Status, string? MessageId = null, string? Reason = null);
