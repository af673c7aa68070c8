namespace PaperBot.Data.Papers;

/// <summary>
/// <c>papers.categories</c> as arXiv writes it: codes separated by single spaces, primary first ("cs.CL cs.LG");
/// NULL when the paper has none.
/// </summary>
internal static class CategoryList
{
    public static string? Format(IReadOnlyList<string> categories) =>
        categories.Count == 0 ? null : string.Join(' ', categories);

    public static IReadOnlyList<string> Parse(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
