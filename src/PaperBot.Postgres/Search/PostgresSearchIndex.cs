using PaperBot.Core.Papers;

namespace PaperBot.Postgres.Search;

/// <summary>
/// The search index on PostgreSQL is the papers' own GIN index, which PostgreSQL keeps current in the ingest's
/// transaction: there is never anything to build beside the database, so the maintainer waits until PaperBot stops.
/// </summary>
internal sealed class PostgresSearchIndex : ISearchIndexBuilder
{
    public Task<SearchIndexBuild?> BuildIfNeededAsync(CancellationToken cancellationToken) => Task.FromResult<SearchIndexBuild?>(null);

    public Task WaitUntilWantedAsync(CancellationToken cancellationToken) => Task.Delay(Timeout.Infinite, cancellationToken);
}
