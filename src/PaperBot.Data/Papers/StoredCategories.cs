using SQLite;

namespace PaperBot.Data.Papers;

/// <summary>
/// arXiv categories as the store keeps them: <c>papers.categories</c> space-separated, primary first (as arXiv writes
/// them), and one <c>paper_categories</c> row per category so a filter reads an index.
/// </summary>
internal static class StoredCategories
{
    public static IReadOnlyList<string> Parse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static string? Format(IReadOnlyList<string> categories) =>
        categories.Count == 0 ? null : string.Join(' ', categories);

    /// <summary>
    /// Replaces a paper's categories, both places, inside the caller's transaction. A stand-in until ingest writes
    /// categories itself (the arXiv snapshot parser); tests use it to set them.
    /// </summary>
    public static void Write(SQLiteConnection connection, long paperId, IReadOnlyList<string> categories)
    {
        connection.Execute("UPDATE papers SET categories = ? WHERE id = ?", Format(categories), paperId);
        connection.Execute("DELETE FROM paper_categories WHERE paper_id = ?", paperId);
        foreach (var category in categories.Distinct(StringComparer.Ordinal))
        {
            connection.Execute("INSERT INTO paper_categories(category, paper_id) VALUES (?, ?)", category, paperId);
        }
    }
}
