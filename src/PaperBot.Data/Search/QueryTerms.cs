using System.Collections.Concurrent;
using PaperBot.Data.Vectors;

namespace PaperBot.Data.Search;

/// <summary>
/// A query's content terms, counted on a <see cref="TermCounter"/> kept between searches: a fresh counter allocates
/// ~50 KB of tables for a query of a few words, which was 40% of all the memory a burst of /search allocated.
/// </summary>
internal static class QueryTerms
{
    /// <summary>Counters kept: more only serve bursts, and each remembers the words it has seen (up to its cap).</summary>
    private const int Kept = 8;

    private static readonly ConcurrentBag<TermCounter> Counters = [];

    /// <summary>The stems of <paramref name="query"/> with their counts, and its content words as an any-word query (null when none).</summary>
    public static (IReadOnlyDictionary<string, int> Counts, FtsQuery? ContentWords) Of(string query)
    {
        var counter = Counters.TryTake(out var kept) ? kept : new TermCounter(keepSurfaceWords: true);
        try
        {
            counter.Clear();
            counter.Add(query, 1);
            var counts = counter.Counts;
            return (counts, FtsQuery.AnyOfQuery(counts.Keys.Select(counter.SurfaceOf)));
        }
        finally
        {
            if (Counters.Count < Kept)
            {
                Counters.Add(counter);
            }
        }
    }
}
