using PaperBot.Core.Papers;

namespace PaperBot.Core.Library;

/// <summary>A paper in a member's library (or a channel's reading list): the paper, the member's tags and note, and when it was saved.</summary>
public sealed record SavedPaper(StoredPaper Paper, IReadOnlyList<string> Tags, string? Note, DateTimeOffset SavedAt, string? SavedBy = null);
