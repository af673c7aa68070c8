namespace PaperBot.Data.Vectors.VectorIndex;

/// <summary>How the HNSW index stores vector components (the values are USearch's scalar kinds).</summary>
public enum VectorQuantization
{
    /// <summary>32-bit floats: exact scores, 4 bytes a dimension.</summary>
    F32 = 1,

    /// <summary>16-bit floats: half the memory of <see cref="F32"/>, scores within ~1e-3.</summary>
    F16 = 3,

    /// <summary>8-bit integers on the unit sphere: a quarter of the memory, coarser scores.</summary>
    I8 = 4,
}
