using PaperBot.Retrieval.Vectors;

namespace PaperBot.Retrieval.Search;

/// <summary>
/// The nearest papers by meaning among those a filter allows. The vector index knows nothing of filters, so it is
/// asked for more neighbours than needed (deeper while too few are allowed, up to <see cref="MaxAsked"/>) and the
/// allowed ones kept; when few papers are allowed they are simply all compared with the query, which is exact and
/// cheaper than a deep index search. A filter whose papers are all further than <see cref="MaxAsked"/> neighbours
/// from the query gets no dense ranking: its BM25 ranking still answers.
/// </summary>
internal static class FilteredNeighbours
{
    /// <summary>How many neighbours are asked for per one wanted: enough when a filter keeps a few percent of papers.</summary>
    public const int Oversample = 20;

    /// <summary>The deepest neighbour list asked of the index.</summary>
    public const int MaxAsked = 5000;

    public static async Task<IReadOnlyList<long>> NearestAsync(DenseNeighbours dense, string query, int top, Func<CancellationToken, Task<IReadOnlySet<long>>> resolveAllowed, CancellationToken cancellationToken)
    {
        // The allowed set is only worth reading when there is a query vector to compare with.
        if (await dense.QueryVectorAsync(query, cancellationToken) is not { } unit || await resolveAllowed(cancellationToken).ConfigureAwait(false) is not { Count: > 0 } allowed)
        {
            return [];
        }

        if (allowed.Count <= Math.Min(top * Oversample, MaxAsked))
        {
            return [.. dense.Similarities(unit, allowed).OrderByDescending(s => s.Value).ThenBy(s => s.Key).Take(top).Select(s => s.Key)];
        }

        // Asked deeper while too few of the neighbours are allowed (the filter's papers lie far from the query).
        var asked = Math.Min(top * Oversample, MaxAsked);
        while (true)
        {
            var neighbours = dense.NearestToVector(unit, asked);
            var kept = neighbours.Where(allowed.Contains).Take(top).ToList();
            if (kept.Count >= top || neighbours.Count < asked || asked >= MaxAsked)
            {
                return kept;
            }

            asked = Math.Min(asked * 4, MaxAsked);
        }
    }
}
