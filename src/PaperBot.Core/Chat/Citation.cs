namespace PaperBot.Core.Chat;

/// <summary>A paper an answer relies on.</summary>
public sealed record Citation(long Id, string Title, string? Url);
