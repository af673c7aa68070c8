namespace PaperBot.Core.Papers;

/// <summary>
/// The derived search index beside the database (the word index that ranks BM25 at chat speed): built after an ingest,
/// and in the background when searches find it missing or behind. Search stays correct without it, only slower.
/// </summary>
public interface ISearchIndexBuilder
{
    /// <summary>Builds the index unless it is current; what was built, or null when nothing needed building.</summary>
    Task<SearchIndexBuild?> BuildIfNeededAsync(CancellationToken cancellationToken);

    /// <summary>Completes when a search found the index missing or too far behind the database.</summary>
    Task WaitUntilWantedAsync(CancellationToken cancellationToken);
}

/// <summary>A finished build: papers indexed, seconds taken, and where the index is.</summary>
public sealed record SearchIndexBuild(long Papers, double Seconds, string Path);
