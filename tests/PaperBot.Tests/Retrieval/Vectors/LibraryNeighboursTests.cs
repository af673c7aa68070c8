using PaperBot.Retrieval.Vectors;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using PaperBot.Core.Papers;
using PaperBot.Tests.Data;

namespace PaperBot.Tests.Retrieval.Vectors;

public sealed class LibraryNeighboursTests : IDisposable
{
    private const string Model = "test-model";
    private readonly TestStore _store = new();

    [Fact]
    public async Task NearestAsync_SavedVectors_NearestToTheirMeanWithTheCloseSavedPapers()
    {
        var ids = await IngestAsync(5);
        var (s1, s2, s3, near, far) = (ids[0], ids[1], ids[2], ids[3], ids[4]);
        await _store.Embeddings.SaveAsync(Model, [(s1, [1f, 0f, 0f]), (s2, [0.9f, 0.3f, 0f]), (s3, [0.2f, 0f, 1f]), (near, [1f, 0.1f, 0.2f]), (far, [0f, 1f, -1f])], CancellationToken.None);

        var recommendations = await Neighbours(withModel: true).NearestAsync([s1, s2, s3], 2, CancellationToken.None);

        Assert.NotNull(recommendations);
        Assert.Equal([near, far], recommendations.Select(r => r.PaperId));
        // Close to s1 and s2 (cosine above 0.5), s1 first; s3 is not close. The far one names its closest saved paper only.
        Assert.Equal([s1, s2], recommendations[0].CloseTo);
        Assert.Single(recommendations[1].CloseTo);
        Assert.True(recommendations[0].Score > recommendations[1].Score);
    }

    [Fact]
    public async Task NearestAsync_NoVectorsOrNoModel_Unknown()
    {
        var ids = await IngestAsync(2);

        Assert.Null(await Neighbours(withModel: true).NearestAsync(ids, 5, CancellationToken.None));
        await _store.Embeddings.SaveAsync(Model, [(ids[0], [1f, 0f])], CancellationToken.None);
        Assert.Null(await Neighbours(withModel: false).NearestAsync(ids, 5, CancellationToken.None));
    }

    public void Dispose() => _store.Dispose();

    private async Task<IReadOnlyList<long>> IngestAsync(int count)
    {
        await _store.Ingestor.IngestAsync([TestPaths.CorpusDir], CancellationToken.None);
        return _store.Database.Read(c => c.QueryScalars<long>($"SELECT id FROM papers ORDER BY id LIMIT {count}"));
    }

    private LibraryNeighbours Neighbours(bool withModel)
    {
        var embedder = new Mock<ITextEmbedder>();
        embedder.SetupGet(e => e.ModelId).Returns(Model);
        embedder.SetupGet(e => e.IsAvailable).Returns(true);
        ITextEmbedder[] embedders = withModel ? [embedder.Object] : [];
        return new LibraryNeighbours(new DenseNeighbours(_store.Embeddings, embedders, NullLogger<DenseNeighbours>.Instance));
    }
}
