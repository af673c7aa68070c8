namespace PaperBot.Core.Papers;

/// <summary>Full-text search over the corpus. Accepts any user text: it never fails on query syntax.</summary>
public interface IPaperSearch
{
    /// <summary>The best <paramref name="top"/> papers for <paramref name="query"/>, best first; empty when nothing matches.</summary>
    Task<IReadOnlyList<PaperHit>> SearchAsync(string query, int top, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="SearchAsync(string, int, CancellationToken)"/>, narrowed to the papers <paramref name="filter"/>
    /// lets through (categories, dates). Ranking among them is the same.
    /// </summary>
    Task<IReadOnlyList<PaperHit>> SearchAsync(string query, int top, SearchFilter filter, CancellationToken cancellationToken);

    /// <summary>
    /// Titles for autocomplete: titles that start with <paramref name="prefix"/> first, then titles with words
    /// starting with its words. Fast enough to answer while a member types.
    /// </summary>
    Task<IReadOnlyList<TitlePrefixMatch>> CompleteTitleAsync(string prefix, int max, CancellationToken cancellationToken);
}
