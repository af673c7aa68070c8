namespace PaperBot.Data.Vectors.VectorIndex;

/// <summary>
/// What an index file was built from, kept beside it as JSON (<c>.usearch.json</c>). The index is fresh while the model's
/// rows up to <see cref="Watermark"/> (a rowid of <c>paper_embeddings</c>) are still the <see cref="Count"/> it holds: SQLite
/// gives a replaced row a new, higher rowid, so rows above the watermark are the vectors saved since, and any other
/// difference (a row deleted) means rebuild.
/// </summary>
internal sealed record IndexManifest(
    int Format,
    string Model,
    int Dimensions,
    long Count,
    long Watermark,
    long FileLength,
    VectorQuantization Quantization,
    int Connectivity,
    int ExpansionAdd)
{
    /// <summary>Bumped when the file layout or its meaning changes: an older file is then rebuilt.</summary>
    public const int CurrentFormat = 1;
}
