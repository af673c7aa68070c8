namespace PaperBot.Core.Papers;

/// <summary>Reads papers by id or title, and the corpus figures.</summary>
public interface IPaperStore
{
    Task<StoredPaper?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>
    /// Finds one paper from what a member typed: a PaperBot id ("42" or "#42"), an arXiv id or URL, or a title
    /// (exact, then the title it starts, then the best search hit). <c>null</c> when nothing fits.
    /// </summary>
    Task<StoredPaper?> FindAsync(string idOrTitle, CancellationToken cancellationToken);

    /// <summary>The corpus figures; scans the papers, so not for a hot path (see <see cref="HasIngestedAnyFileAsync"/>).</summary>
    Task<CorpusStats> GetStatsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The arXiv categories the corpus has, most papers first, with their counts: for autocomplete and to name the
    /// closest categories when one is unknown. Reads an index, not the papers.
    /// </summary>
    Task<IReadOnlyList<CategoryCount>> GetCategoriesAsync(CancellationToken cancellationToken);

    /// <summary>Whether any corpus file was ever ingested: a constant-time check, run before every command.</summary>
    Task<bool> HasIngestedAnyFileAsync(CancellationToken cancellationToken);
}
