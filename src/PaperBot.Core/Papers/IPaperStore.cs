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

    Task<CorpusStats> GetStatsAsync(CancellationToken cancellationToken);
}
