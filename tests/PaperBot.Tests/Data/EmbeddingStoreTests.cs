namespace PaperBot.Tests.Data;

/// <summary>SQLite's own way of keeping vectors; the behaviour every store shares is in the integration tests' EmbeddingStoreContractTests.</summary>
public sealed class EmbeddingStoreTests : IDisposable
{
    private const string Model = "test-model";
    private readonly TestStore _store = new(pageYear: 2025);

    [Fact]
    public async Task SaveAsync_StoresUnitLittleEndianFloat32()
    {
        var (a, _, _) = await IngestThreeAsync();
        await _store.Embeddings.SaveAsync(Model, [(a, [3f, 4f])], CancellationToken.None);

        var blob = _store.Database.Read(c => c.ExecuteScalar<byte[]>("SELECT vector FROM paper_embeddings WHERE model = ? AND paper_id = ?", Model, a));

        Assert.Equal(8, blob.Length);
        Assert.Equal(0.6f, System.Buffers.Binary.BinaryPrimitives.ReadSingleLittleEndian(blob), 5);
        Assert.Equal(0.8f, System.Buffers.Binary.BinaryPrimitives.ReadSingleLittleEndian(blob.AsSpan(4)), 5);
    }

    public void Dispose() => _store.Dispose();

    private async Task<(long A, long B, long C)> IngestThreeAsync()
    {
        var path = _store.WriteFile("three.txt", PageDumps.Page(
            "Dec 4",
            ("Sparse Kernels", "Kernels skip zero blocks.", null),
            ("Quantized Adapters", "Adapters in four bits.", null),
            ("Protein Models", "Proteins read as text.", null)));
        await _store.Ingestor.IngestAsync([path], CancellationToken.None);
        long Id(string title) => _store.Database.Read(c => c.ExecuteScalar<long>("SELECT id FROM papers WHERE title = ?", title));
        return (Id("Sparse Kernels"), Id("Quantized Adapters"), Id("Protein Models"));
    }
}
