using System.ComponentModel.DataAnnotations;

namespace PaperBot.Data.Vectors.VectorIndex;

/// <summary>
/// The dense vector index: an exact scan of SQLite while a model has few vectors, an HNSW index (USearch) kept beside the
/// database file above <see cref="ExactScanBelow"/>. Section <c>VectorIndex</c>. The defaults were chosen by
/// measurement (<c>tests/PaperBot.Benchmarks</c>, <c>--vectors</c>): see the README's Performance section.
/// </summary>
public sealed class VectorIndexOptions
{
    public const string SectionName = "VectorIndex";

    /// <summary>
    /// Vectors per model below which searches scan them all (exact). Default 5,000: the scan costs ~1.5-2.5 µs a 384-d
    /// vector here, so ~10 ms at 5,000, where the index answers in ~0.1 ms and builds in a second or two. 0 always uses the index.
    /// </summary>
    [Range(0, int.MaxValue, ErrorMessage = "VectorIndex:ExactScanBelow must be 0 or more.")]
    public int ExactScanBelow { get; set; } = 5_000;

    /// <summary>
    /// How the index stores vectors: <c>F32</c>, <c>F16</c> or <c>I8</c>. Default <c>F16</c>: the recall of <c>F32</c> at half
    /// its size; <c>I8</c> lost a fifth of the true neighbours (recall@10 0.79 at 100k), whose cosines differ in the third decimal.
    /// </summary>
    [EnumDataType(typeof(VectorQuantization), ErrorMessage = "VectorIndex:Quantization must be F32, F16 or I8.")]
    public VectorQuantization Quantization { get; set; } = VectorQuantization.F16;

    /// <summary>Links per node in the HNSW graph (its M). Default 16.</summary>
    [Range(4, 64, ErrorMessage = "VectorIndex:Connectivity must be between 4 and 64.")]
    public int Connectivity { get; set; } = 16;

    /// <summary>Candidates kept while inserting (efConstruction). Default 64: twice the build rate of 128 for the same recall at 100k.</summary>
    [Range(8, 1024, ErrorMessage = "VectorIndex:ExpansionAdd must be between 8 and 1024.")]
    public int ExpansionAdd { get; set; } = 64;

    /// <summary>
    /// Candidates kept while searching (ef): recall against latency. Default 512: on 1M clustered 384-d vectors the smallest
    /// measured to reach recall@10 0.95 (64: 0.81, 128: 0.90, 256: 0.945, 512: 0.952), at 1.6 ms p50 and under 3 ms p99.
    /// </summary>
    [Range(8, 1024, ErrorMessage = "VectorIndex:ExpansionSearch must be between 8 and 1024.")]
    public int ExpansionSearch { get; set; } = 512;

    internal HnswParameters Parameters => new(Quantization, Connectivity, ExpansionAdd, ExpansionSearch);
}
