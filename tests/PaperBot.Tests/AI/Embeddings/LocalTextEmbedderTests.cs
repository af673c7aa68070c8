using Moq;
using PaperBot.AI.Embeddings;
using PaperBot.Core.Papers;
using PaperBot.Tests.Discord.Transport;

namespace PaperBot.Tests.AI.Embeddings;

/// <summary>The local embedder around a stand-in encoder: what reaches the model, lazy loading, and a model that cannot load.</summary>
public sealed class LocalTextEmbedderTests
{
    private readonly ListLogger<LocalTextEmbedder> _logger = new();

    [Fact]
    public async Task EmbedQueryAsync_Query_CarriesTheRetrievalInstructionWhileDocumentsGoOneAtATimeWithout()
    {
        // Arrange
        var encoder = new RecordingEncoder();
        using var embedder = new LocalTextEmbedder(_logger, () => encoder);

        // Act
        await embedder.EmbedQueryAsync("Flash attention?", CancellationToken.None);
        var documents = await embedder.EmbedDocumentsAsync(["GPipe\n\nPipeline  parallelism.", "Café Über"], CancellationToken.None);

        // Assert
        Assert.Equal(3, encoder.Calls.Count);
        Assert.All(encoder.Calls, call => Assert.Single(call));
        Assert.Equal("represent this sentence for searching relevant passages: flash attention?", encoder.Calls[0][0]);
        Assert.Equal("gpipe pipeline parallelism.", encoder.Calls[1][0]);
        Assert.Equal("cafe uber", encoder.Calls[2][0]);
        Assert.Equal(2, documents.Count);
    }

    [Fact]
    public void Constructor_NothingEmbeddedYet_DoesNotLoadTheModel()
    {
        var loads = 0;
        using var embedder = new LocalTextEmbedder(_logger, () => { loads++; return new RecordingEncoder(); });

        Assert.Equal(LocalTextEmbedder.Id, embedder.ModelId);
        Assert.True(embedder.IsAvailable);
        Assert.False(embedder.IsLoaded);
        Assert.Equal(0, loads);
    }

    [Fact]
    public async Task EmbedDocumentsAsync_ManyCallersAtOnce_LoadTheModelOnce()
    {
        var loads = 0;
        using var embedder = new LocalTextEmbedder(_logger, () => { Interlocked.Increment(ref loads); return new RecordingEncoder(); });

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => embedder.EmbedDocumentsAsync([$"paper {i}"], CancellationToken.None))));

        Assert.Equal(1, loads);
        Assert.True(embedder.IsLoaded);
    }

    [Fact]
    public async Task EmbedDocumentsAsync_ModelFailsToLoad_LogsOneLineOnceAndReportsItselfUnavailable()
    {
        // Arrange: what a missing native library looks like.
        var loads = 0;
        using var embedder = new LocalTextEmbedder(_logger, () =>
        {
            loads++;
            throw new DllNotFoundException("Unable to load shared library 'onnxruntime'");
        });

        // Act
        var first = await Assert.ThrowsAsync<InvalidOperationException>(() => embedder.EmbedDocumentsAsync(["a paper"], CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => embedder.EmbedQueryAsync("a query", CancellationToken.None));

        // Assert
        Assert.False(embedder.IsAvailable);
        Assert.Equal(1, loads);
        Assert.Contains(LocalTextEmbedder.Id, first.Message, StringComparison.Ordinal);
        var line = Assert.Single(_logger.Lines);
        Assert.StartsWith("Error ", line, StringComparison.Ordinal);
        Assert.Contains("onnxruntime", line, StringComparison.Ordinal);
        Assert.Contains("Ai:LocalEmbeddings=false", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndexMissingAsync_LocalModelFailsToLoad_EmbedsNothingAndAddsNoSecondLogLine()
    {
        // Arrange
        var store = new Mock<IEmbeddingStore>();
        store.Setup(s => s.GetMissingAsync(LocalTextEmbedder.Id, It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([(1L, "a paper")]);
        var indexerLog = new ListLogger<EmbeddingIndexer>();
        using var embedder = new LocalTextEmbedder(_logger, () => throw new InsufficientExecutionStackException("no memory for the session"));
        var indexer = new EmbeddingIndexer(store.Object, indexerLog, embedder);

        // Act
        var first = await indexer.IndexMissingAsync(CancellationToken.None);
        var second = await indexer.IndexMissingAsync(CancellationToken.None);

        // Assert
        Assert.Equal((0, 0), (first, second));
        Assert.Null(indexer.ModelId);
        store.Verify(s => s.SaveAsync(It.IsAny<string>(), It.IsAny<IReadOnlyList<(long, float[])>>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.Empty(indexerLog.Lines);
        Assert.Single(_logger.Lines);
    }

    [Fact]
    public async Task EmbedDocumentsAsync_Cancelled_ThrowsCancellation()
    {
        using var embedder = new LocalTextEmbedder(_logger, () => new RecordingEncoder());
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => embedder.EmbedDocumentsAsync(["a", "b"], cancelled.Token));
    }
}
