using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using PaperBot.AI.Embeddings;
using PaperBot.Core.Papers;
using PaperBot.Testing;

namespace PaperBot.Tests.AI.Embeddings;

public sealed class EmbeddingIndexerTests
{
    private readonly Mock<IEmbeddingStore> _store = new();
    private readonly Mock<ITextEmbedder> _embedder = new();
    private readonly List<(long Id, string Text)> _missing = [.. Enumerable.Range(1, 70).Select(i => ((long)i, $"text {i}"))];
    private readonly HashSet<long> _saved = [];

    public EmbeddingIndexerTests()
    {
        _embedder.SetupGet(e => e.ModelId).Returns("m");
        _embedder.SetupGet(e => e.IsAvailable).Returns(true);
        _embedder.Setup(e => e.EmbedDocumentsAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IReadOnlyList<string> texts, CancellationToken _) => [.. texts.Select(t => new[] { (float)t.Length })]);
        _store.Setup(s => s.GetMissingAsync("m", It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, int max, CancellationToken _) => [.. _missing.Where(p => !_saved.Contains(p.Id)).Take(max)]);
        _store.Setup(s => s.SaveAsync("m", It.IsAny<IReadOnlyList<(long, float[])>>(), It.IsAny<CancellationToken>()))
            .Callback((string _, IReadOnlyList<(long Id, float[] Vector)> vectors, CancellationToken _) => _saved.UnionWith(vectors.Select(v => v.Id)))
            .Returns(Task.CompletedTask);
    }

    [Fact]
    public async Task IndexMissingAsync_SeventyPapers_EmbedsInBatchesOfThirtyTwo()
    {
        var count = await Indexer().IndexMissingAsync(CancellationToken.None);

        Assert.Equal(70, count);
        Assert.Equal(70, _saved.Count);
        _embedder.Verify(e => e.EmbedDocumentsAsync(It.Is<IReadOnlyList<string>>(t => t.Count == EmbeddingIndexer.BatchSize), It.IsAny<CancellationToken>()), Times.Exactly(2));
        _embedder.Verify(e => e.EmbedDocumentsAsync(It.Is<IReadOnlyList<string>>(t => t.Count == 6), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task IndexMissingAsync_SecondRun_EmbedsNothing()
    {
        await Indexer().IndexMissingAsync(CancellationToken.None);

        Assert.Equal(0, await Indexer().IndexMissingAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("nan")]
    [InlineData("mixed lengths")]
    [InlineData("too few")]
    public async Task IndexMissingAsync_UnusableVectors_StoresNothingAndDoesNotThrow(string fault)
    {
        _embedder.Setup(e => e.EmbedDocumentsAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IReadOnlyList<string> texts, CancellationToken _) => fault switch
            {
                "nan" => [.. texts.Select(_ => new[] { float.NaN, 1f })],
                "mixed lengths" => [.. texts.Select((_, i) => new float[i % 2 + 1])],
                _ => [[1f]],
            });

        var count = await Indexer().IndexMissingAsync(CancellationToken.None);

        Assert.Equal(0, count);
        Assert.Empty(_saved);
    }

    [Fact]
    public async Task IndexMissingAsync_ModelFailsOnTheSecondBatch_KeepsTheFirstAndReturnsItsCount()
    {
        var calls = 0;
        _embedder.Setup(e => e.EmbedDocumentsAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IReadOnlyList<string> texts, CancellationToken _) =>
                ++calls == 2 ? throw new HttpRequestException("down") : [.. texts.Select(t => new float[] { t.Length })]);

        var count = await Indexer().IndexMissingAsync(CancellationToken.None);

        Assert.Equal(EmbeddingIndexer.BatchSize, count);
        Assert.Equal(EmbeddingIndexer.BatchSize, _saved.Count);
    }

    [Fact]
    public async Task IndexMissingAsync_StoreNeverForgets_StopsInsteadOfLooping()
    {
        _store.Setup(s => s.SaveAsync("m", It.IsAny<IReadOnlyList<(long, float[])>>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);

        var count = await Indexer().IndexMissingAsync(CancellationToken.None).Within();

        Assert.Equal(EmbeddingIndexer.BatchSize, count);
    }

    [Fact]
    public async Task IndexMissingAsync_NoEmbedder_ReturnsZeroWithoutReadingTheStore()
    {
        var indexer = new EmbeddingIndexer(_store.Object, NullLogger<EmbeddingIndexer>.Instance);

        Assert.Equal(0, await indexer.IndexMissingAsync(CancellationToken.None));
        _store.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task IndexMissingAsync_Cancelled_Throws()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        _embedder.Setup(e => e.EmbedDocumentsAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new OperationCanceledException());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Indexer().IndexMissingAsync(cancel.Token));
    }

    private EmbeddingIndexer Indexer() => new(_store.Object, NullLogger<EmbeddingIndexer>.Instance, _embedder.Object);
}
