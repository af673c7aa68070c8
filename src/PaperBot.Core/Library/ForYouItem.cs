namespace PaperBot.Core.Library;

/// <summary>One paper for the member and why: the titles of the saved papers it is close to, and how many there are.</summary>
public sealed record ForYouItem(long PaperId, string Title, string? Url, int CloseToCount, IReadOnlyList<string> CloseToTitles)
{
    /// <summary>"close to 3 of your saved papers: “A”, “B”, “C”".</summary>
    public string Why => CloseToCount == 1
        ? $"close to your saved paper “{CloseToTitles[0]}”"
        : $"close to {CloseToCount} of your saved papers: {string.Join(", ", CloseToTitles.Select(t => $"“{t}”"))}";
}
