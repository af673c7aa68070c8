namespace PaperBot.Tests.Data;

public sealed class EmbeddingStoreTests : IDisposable
{
    private const string Model = "test-model";
    private readonly TestStore _store = new(pageYear: 2025);

    [Fact]
    public async Task SaveAsync_ThenNearestAsync_BestCosineFirstWhateverTheScale()
    {
        var (a, b, c) = await IngestThreeAsync();
        await _store.Embeddings.SaveAsync(Model, [(a, [10f, 0f, 0f]), (b, [1f, 1f, 0f]), (c, [0f, 0f, 3f])], CancellationToken.None);

        var nearest = await _store.Embeddings.NearestAsync(Model, [2f, 0.1f, 0f], 3, CancellationToken.None);

        Assert.Equal([a, b, c], nearest.Select(n => n.Id));
        Assert.Equal(1.0, nearest[0].Score, 2);
        Assert.Equal(Math.Sqrt(0.5), nearest[1].Score, 1);
        Assert.Equal(0.0, nearest[2].Score, 3);
    }

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

    [Fact]
    public async Task GetMissingAsync_AfterSavingSome_ListsOnlyTheOthersPerModel()
    {
        var (a, b, c) = await IngestThreeAsync();
        Assert.False(await _store.Embeddings.HasAnyAsync(Model, CancellationToken.None));
        await _store.Embeddings.SaveAsync(Model, [(b, [1f, 0f])], CancellationToken.None);

        var missing = await _store.Embeddings.GetMissingAsync(Model, 10, CancellationToken.None);
        var otherModel = await _store.Embeddings.GetMissingAsync("other-model", 10, CancellationToken.None);

        Assert.Equal([a, c], missing.Select(m => m.Id));
        Assert.Contains("Sparse Kernels", missing[0].Text);
        Assert.Contains("Kernels skip zero blocks.", missing[0].Text);
        Assert.Equal(3, otherModel.Count);
        Assert.True(await _store.Embeddings.HasAnyAsync(Model, CancellationToken.None));
        Assert.Single(await _store.Embeddings.GetMissingAsync(Model, 1, CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_SamePaperAgain_ReplacesItsVector()
    {
        var (a, _, _) = await IngestThreeAsync();
        await _store.Embeddings.SaveAsync(Model, [(a, [1f, 0f])], CancellationToken.None);
        await _store.Embeddings.SaveAsync(Model, [(a, [0f, 1f])], CancellationToken.None);

        var nearest = await _store.Embeddings.NearestAsync(Model, [0f, 1f], 5, CancellationToken.None);

        Assert.Equal(1.0, Assert.Single(nearest).Score, 3);
    }

    [Fact]
    public async Task SaveAsync_MixedDimensionsOrNaN_IsRejected()
    {
        var (a, b, _) = await IngestThreeAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => _store.Embeddings.SaveAsync(Model, [(a, [1f, 0f]), (b, [1f])], CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.Embeddings.SaveAsync(Model, [(a, [float.NaN, 0f])], CancellationToken.None));
        Assert.False(await _store.Embeddings.HasAnyAsync(Model, CancellationToken.None));
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
