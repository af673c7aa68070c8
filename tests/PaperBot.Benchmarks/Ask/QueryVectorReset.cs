using System.Reflection;
using PaperBot.Data.Vectors;

namespace PaperBot.Benchmarks.Ask;

/// <summary>
/// Empties <see cref="DenseNeighbours"/>' cache of query vectors, so the next call embeds its question as a question asked
/// for the first time does. By reflection (as the corpus benchmark reads <c>SqlitePaperSearch</c>'s SQL): the cache is
/// private, and a benchmark is no reason to open it up. Without this, every pass after the warm-up would find all its
/// questions' vectors cached (the set is far below the cache's 2,048 entries) and time neither side's embedding.
/// </summary>
internal sealed class QueryVectorReset(DenseNeighbours dense)
{
    private static readonly FieldInfo Cache = typeof(DenseNeighbours).GetField("_queries", BindingFlags.NonPublic | BindingFlags.Instance)
        ?? throw new InvalidOperationException("DenseNeighbours has no _queries field any more: update tests/PaperBot.Benchmarks/Ask/QueryVectorReset.cs");

    public void Reset() => Cache.SetValue(dense, new QueryVectorCache(QueryVectorCache.DefaultCapacity));
}
