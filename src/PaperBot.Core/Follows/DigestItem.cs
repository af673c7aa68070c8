namespace PaperBot.Core.Follows;

/// <summary>One paper in a digest and the follows it matches (e.g. <c>author "Jane Doe"</c>).</summary>
public sealed record DigestItem(long PaperId, string Title, string? Url, DateOnly? Date, IReadOnlyList<string> Matches);
