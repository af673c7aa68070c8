using System.Globalization;
using PaperBot.Core.Papers;

namespace PaperBot.Search;

/// <summary>For the <c>ingest</c> verb: brings the search index up to date before it exits, so the next search is fast.</summary>
internal static class SearchIndexStep
{
    public static async Task RunAsync(ISearchIndexBuilder index, TextWriter progress, CancellationToken cancellationToken)
    {
        if (await index.BuildIfNeededAsync(cancellationToken) is { } build)
        {
            await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Search index ready: {build.Papers:N0} papers in {build.Seconds:0.0} s ({build.Path})."));
        }
    }
}
