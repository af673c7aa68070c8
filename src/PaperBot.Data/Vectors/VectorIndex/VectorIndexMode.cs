namespace PaperBot.Data.Vectors.VectorIndex;

/// <summary>How a model's searches are answered right now.</summary>
internal enum VectorIndexMode
{
    /// <summary>Not opened yet: the first search decides.</summary>
    Closed,

    /// <summary>A scan of every vector in SQLite (few vectors, or while the index is being built).</summary>
    ExactScan,

    /// <summary>The HNSW index, plus an exact pass over the vectors saved since it was built.</summary>
    Hnsw,
}
