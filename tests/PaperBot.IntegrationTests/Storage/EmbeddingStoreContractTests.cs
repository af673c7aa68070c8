using PaperBot.Core.Papers;
using static PaperBot.IntegrationTests.Storage.SnapshotLines;

namespace PaperBot.IntegrationTests.Storage;

/// <summary>
/// <see cref="IEmbeddingStore"/>, the same on every provider: unit vectors per model in the database, nearest
/// neighbours from an index built from them, kept in step with saves made by other processes.
/// </summary>
public abstract class EmbeddingStoreContractTests : StoreContract, IDisposable
{
    private const string Model = "test-model";
    private readonly string _folder = Directory.CreateTempSubdirectory("paperbot-corpus-").FullName;

    private IEmbeddingStore Embeddings => Process.Embeddings;

    [Fact]
    public async Task SaveAsync_ThenNearestAsync_BestCosineFirstWhateverTheScale()
    {
        var (a, b, c) = await IngestThreeAsync();
        await Embeddings.SaveAsync(Model, [(a, [10f, 0f, 0f]), (b, [1f, 1f, 0f]), (c, [0f, 0f, 3f])], CancellationToken.None);

        var nearest = await Embeddings.NearestAsync(Model, [2f, 0.1f, 0f], 3, CancellationToken.None);

        Assert.Equal([a, b, c], nearest.Select(n => n.Id));
        Assert.Equal(1.0, nearest[0].Score, 2);
        Assert.Equal(Math.Sqrt(0.5), nearest[1].Score, 1);
        Assert.Equal(0.0, nearest[2].Score, 3);
    }

    [Fact]
    public async Task GetMissingAsync_AfterSavingSome_ListsOnlyTheOthersPerModel()
    {
        var (a, b, c) = await IngestThreeAsync();
        Assert.False(await Embeddings.HasAnyAsync(Model, CancellationToken.None));
        await Embeddings.SaveAsync(Model, [(b, [1f, 0f])], CancellationToken.None);

        var missing = await Embeddings.GetMissingAsync(Model, 10, CancellationToken.None);
        var otherModel = await Embeddings.GetMissingAsync("other-model", 10, CancellationToken.None);

        Assert.Equal([a, c], missing.Select(m => m.Id));
        Assert.Equal("Sparse Kernels\n\nKernels skip zero blocks.", missing[0].Text);
        Assert.Equal(3, otherModel.Count);
        Assert.True(await Embeddings.HasAnyAsync(Model, CancellationToken.None));
        Assert.Single(await Embeddings.GetMissingAsync(Model, 1, CancellationToken.None));
        Assert.Equal((1, 3), await Embeddings.CountAsync(Model, CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_SamePaperAgainInAnotherProcess_TheIndexFollows()
    {
        var (a, b, _) = await IngestThreeAsync();
        await Embeddings.SaveAsync(Model, [(a, [1f, 0f]), (b, [0.6f, 0.8f])], CancellationToken.None);
        var before = await Embeddings.NearestAsync(Model, [0f, 1f], 1, CancellationToken.None);

        await using (var other = Backend.StartProcess())
        {
            await other.Embeddings.SaveAsync(Model, [(a, [0f, 1f])], CancellationToken.None);
        }

        var after = await Embeddings.NearestAsync(Model, [0f, 1f], 5, CancellationToken.None);

        Assert.Equal(b, Assert.Single(before).Id);
        Assert.Equal(a, after[0].Id);
        Assert.Equal(1.0, after[0].Score, 3);
        Assert.Equal(2, after.Count);
    }

    [Fact]
    public async Task SaveAsync_MixedDimensionsOrNaN_IsRejectedAndNothingStored()
    {
        var (a, b, _) = await IngestThreeAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => Embeddings.SaveAsync(Model, [(a, [1f, 0f]), (b, [1f])], CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => Embeddings.SaveAsync(Model, [(a, [float.NaN, 0f])], CancellationToken.None));

        Assert.False(await Embeddings.HasAnyAsync(Model, CancellationToken.None));
        Assert.Empty(await Embeddings.NearestAsync(Model, [1f, 0f], 3, CancellationToken.None));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS temp cleaner.
        }

        GC.SuppressFinalize(this);
    }

    private async Task<(long A, long B, long C)> IngestThreeAsync()
    {
        var path = Path.Combine(_folder, "three.jsonl");
        await System.IO.File.WriteAllTextAsync(path, File(
            Line("2401.00001", "Sparse Kernels", "Kernels skip zero blocks."),
            Line("2401.00002", "Dense Kernels", "Kernels do every block."),
            Line("2401.00003", "Graph Kernels", "Kernels on graphs.")));
        await Process.Ingestor.IngestAsync([path], CancellationToken.None);
        var ids = new List<long>();
        foreach (var arxivId in new[] { "2401.00001", "2401.00002", "2401.00003" })
        {
            ids.Add((await Process.Papers.FindAsync(arxivId, CancellationToken.None))!.Id);
        }

        return (ids[0], ids[1], ids[2]);
    }
}
