namespace PaperBot.Core.Follows;

/// <summary>How a DM went. <see cref="Reason"/> is a short line for the log.</summary>
public sealed record DmResult(DmStatus Status, string? MessageId = null, string? Reason = null);
