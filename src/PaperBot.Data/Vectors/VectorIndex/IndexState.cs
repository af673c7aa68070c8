namespace PaperBot.Data.Vectors.VectorIndex;

/// <summary>
/// What answers a model's searches, swapped whole (never changed in place): the graph, or null for an exact scan; the
/// highest <c>paper_embeddings</c> rowid accounted for; and the vectors saved after the graph was built (searched exactly),
/// with the ids whose vector in the graph they replace.
/// </summary>
internal sealed record IndexState(
    HnswGraph? Graph,
    long Watermark,
    long Count,
    IReadOnlyDictionary<long, float[]> Delta,
    IReadOnlySet<long> Superseded)
{
    public static IndexState Exact(long watermark, long count) =>
        new(null, watermark, count, new Dictionary<long, float[]>(), new HashSet<long>());
}
