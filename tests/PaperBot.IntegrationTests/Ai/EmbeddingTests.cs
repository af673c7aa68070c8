using Microsoft.Extensions.DependencyInjection;
using Moq;
using PaperBot.AI.Embeddings;
using PaperBot.Core.Papers;

namespace PaperBot.IntegrationTests.Ai;

/// <summary>Embeddings through MEAI's OpenAI generator against the fake server (base64 float32 on the wire).</summary>
public sealed class EmbeddingTests : IAsyncLifetime
{
    private readonly FakePorts _ports = new();
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task EmbedDocumentsAsync_Texts_ReturnsTheServersFloatsInOrder()
    {
        // Arrange
        _server.Embed = text => text == "first" ? [1.5f, -2.25f, 3.4028235e38f] : [float.Epsilon, 0f, -0.1f];
        using var host = AiTestHost.Build(_ports, _server.Endpoint, chatModel: null, embeddingModel: "fake-embed");
        var embedder = host.Services.GetRequiredService<ITextEmbedder>();

        // Act
        var vectors = await embedder.EmbedDocumentsAsync(["first", "second"], CancellationToken.None);

        // Assert
        Assert.Equal("fake-embed", embedder.ModelId);
        Assert.Equal([1.5f, -2.25f, 3.4028235e38f], vectors[0]);
        Assert.Equal([float.Epsilon, 0f, -0.1f], vectors[1]);
        var request = _server.EmbeddingRequests.Single();
        Assert.Equal("fake-embed", (string?)request["model"]);
        Assert.Equal("base64", (string?)request["encoding_format"]);
    }

    [Fact]
    public async Task IndexMissingAsync_MissingPapers_EmbedsInBatchesAndSavesEachOnce()
    {
        // Arrange: 40 papers without vectors; the store forgets each one once saved.
        var missing = Enumerable.Range(1, 40).Select(i => ((long)i, $"paper text {i}")).ToList();
        var saved = new Dictionary<long, float[]>();
        _ports.Embeddings.Setup(e => e.GetMissingAsync("fake-embed", It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, int max, CancellationToken _) => [.. missing.Where(p => !saved.ContainsKey(p.Item1)).Take(max)]);
        _ports.Embeddings.Setup(e => e.SaveAsync("fake-embed", It.IsAny<IReadOnlyList<(long, float[])>>(), It.IsAny<CancellationToken>()))
            .Callback((string _, IReadOnlyList<(long Id, float[] Vector)> vectors, CancellationToken _) =>
            {
                foreach (var (id, vector) in vectors)
                {
                    saved.Add(id, vector);
                }
            })
            .Returns(Task.CompletedTask);
        using var host = AiTestHost.Build(_ports, _server.Endpoint, chatModel: null, embeddingModel: "fake-embed");
        var indexer = host.Services.GetRequiredService<EmbeddingIndexer>();

        // Act
        var first = await indexer.IndexMissingAsync(CancellationToken.None);
        var second = await indexer.IndexMissingAsync(CancellationToken.None);

        // Assert
        Assert.Equal((40, 0), (first, second));
        Assert.Equal(40, saved.Count);
        Assert.Equal(["paper text 1".Length, -0.5f, 1e-3f], saved[1]);
        Assert.Equal(2, _server.EmbeddingRequests.Count);
    }

    [Fact]
    public async Task IndexMissingAsync_EndpointDown_ReturnsZeroWithoutThrowing()
    {
        _ports.Embeddings.Setup(e => e.GetMissingAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([(1L, "text")]);
        using var host = AiTestHost.Build(_ports, AiTestHost.ClosedEndpoint(), chatModel: null, embeddingModel: "fake-embed");

        var count = await host.Services.GetRequiredService<EmbeddingIndexer>().IndexMissingAsync(CancellationToken.None);

        Assert.Equal(0, count);
        _ports.Embeddings.Verify(e => e.SaveAsync(It.IsAny<string>(), It.IsAny<IReadOnlyList<(long, float[])>>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
