namespace PaperBot.Data.Library;

/// <summary>Tags as one column: <c>|a|b|</c> (tags never hold '|' or spaces, see <c>LibraryRules.NormalizeTags</c>).</summary>
internal static class StoredTags
{
    public static string Format(IReadOnlyList<string> tags) => tags.Count == 0 ? "|" : $"|{string.Join('|', tags.Select(t => t.Replace('|', '/')))}|";

    public static IReadOnlyList<string> Parse(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.Split('|', StringSplitOptions.RemoveEmptyEntries);
}
