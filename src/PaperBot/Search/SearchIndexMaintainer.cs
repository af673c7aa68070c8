using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PaperBot.Core.Papers;

namespace PaperBot.Search;

/// <summary>
/// Keeps the search index beside the database current while the bot runs: builds it at start when it is missing or
/// behind, and again whenever a search finds it so (a large ingest, another process's ingest). Searches meanwhile go to
/// FTS5: correct, only slower at a million papers.
/// </summary>
internal sealed partial class SearchIndexMaintainer(ISearchIndexBuilder index, ILogger<SearchIndexMaintainer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await index.BuildIfNeededAsync(stoppingToken);
                }
                catch (Exception error) when (error is IOException or UnauthorizedAccessException or InvalidDataException or StoreException)
                {
                    SearchIndexFailed(logger, error.Message);
                }

                await index.WaitUntilWantedAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    [LoggerMessage(701, LogLevel.Warning, "The search index could not be built ({Reason}): searches use FTS5 until the next try")]
    private static partial void SearchIndexFailed(ILogger logger, string reason);
}
