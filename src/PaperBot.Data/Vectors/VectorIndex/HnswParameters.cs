namespace PaperBot.Data.Vectors.VectorIndex;

/// <summary>How an HNSW index is built and searched (see <see cref="VectorIndexOptions"/> for the measured defaults).</summary>
internal sealed record HnswParameters(VectorQuantization Quantization, int Connectivity, int ExpansionAdd, int ExpansionSearch);
