using PaperBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using PaperBot.AI.Embeddings;

namespace PaperBot.Tests.Data;

public sealed class HybridSearchTests : IDisposable
{
    private const string Filler = "The rest of this abstract says nothing in particular.";
    private readonly TestStore _store = new(pageYear: 2025);

    [Fact]
    public async Task SearchAsync_ParaphrasedQuestionOnBundledCorpus_TfIdfRankingFindsWhatBm25Misses()
    {
        await _store.Ingestor.IngestAsync([TestPaths.CorpusDir], CancellationToken.None);
        const string question = "is there a way to train a network with neither backprop nor a forward pass?";
        const string expected = "NoProp: Training Neural Networks without Back-propagation or Forward-propagation";

        var bm25 = await _store.Search.SearchAsync(question, 10, CancellationToken.None);
        var hybrid = await _store.HybridSearch(sparseWeight: 1).SearchAsync(question, 10, CancellationToken.None);

        Assert.DoesNotContain(expected, bm25.Select(h => h.Title));
        Assert.Contains(expected, hybrid.Take(5).Select(h => h.Title));
    }

    [Fact]
    public async Task SearchAsync_DenseVectors_FindAPaperSharingNoWordWithTheQuery()
    {
        await IngestAsync(
            ("Shrinking Weights to Four Bits", "We store every weight in four bits. " + Filler),
            ("Pipelines Across Devices", "Layers are spread over many accelerators. " + Filler));
        var embedder = new FakeEmbedder(["quantization", "four bits", "low precision"], ["pipeline", "accelerators"]);
        await EmbedAllAsync(embedder);

        var bm25 = await _store.Search.SearchAsync("low precision quantization", 5, CancellationToken.None);
        var hybrid = await _store.HybridSearch(embedder).SearchAsync("low precision quantization", 5, CancellationToken.None);

        Assert.Empty(bm25);
        Assert.Equal("Shrinking Weights to Four Bits", hybrid[0].Title);
    }

    [Fact]
    public async Task SearchAsync_SameQueryAgain_EmbedsItOnce()
    {
        await IngestAsync(("Shrinking Weights to Four Bits", "We store every weight in four bits. " + Filler), ("Something Else", Filler));
        var embedder = new FakeEmbedder(["quantization", "four bits"]);
        await EmbedAllAsync(embedder);
        var search = _store.HybridSearch(embedder);
        var before = embedder.Calls;

        var first = await search.SearchAsync("low precision quantization", 5, CancellationToken.None);
        var again = await search.SearchAsync("low precision quantization", 5, CancellationToken.None);
        var other = await search.SearchAsync("four bits", 5, CancellationToken.None);

        Assert.Equal(before + 2, embedder.Calls);
        Assert.Equal(first.Select(h => h.Id), again.Select(h => h.Id));
        Assert.NotEmpty(other);
    }

    [Fact]
    public async Task SearchAsync_EmbeddingModelFails_StillAnswersFromWords()
    {
        await IngestAsync(("Pipeline Parallelism at Scale", "Pipelines of layers. " + Filler), ("Something Else", Filler));
        var working = new FakeEmbedder(["pipeline"]);
        await EmbedAllAsync(working);
        var failing = new FakeEmbedder(["pipeline"]) { Fail = true };

        var hits = await _store.HybridSearch(failing).SearchAsync("pipeline", 5, CancellationToken.None);

        Assert.Equal("Pipeline Parallelism at Scale", hits[0].Title);
        Assert.Equal(1, failing.Calls);
    }

    [Fact]
    public async Task SearchAsync_LocalModelFailsToLoad_AnswersFromWordsAndStopsTryingTheModel()
    {
        // Arrange: vectors stored under the local model's id, and a runtime that will not load.
        await IngestAsync(("Pipeline Parallelism at Scale", "Pipelines of layers. " + Filler), ("Something Else", Filler));
        var missing = await _store.Embeddings.GetMissingAsync(LocalTextEmbedder.Id, 10, CancellationToken.None);
        await _store.Embeddings.SaveAsync(LocalTextEmbedder.Id, [.. missing.Select(m => (m.Id, new[] { 1f, m.Id }))], CancellationToken.None);
        var loads = 0;
        using var local = new LocalTextEmbedder(NullLogger<LocalTextEmbedder>.Instance, () =>
        {
            loads++;
            throw new TypeInitializationException("Microsoft.ML.OnnxRuntime.NativeMethods", null);
        });
        var search = _store.HybridSearch(local);

        // Act
        var first = await search.SearchAsync("pipeline", 5, CancellationToken.None);
        var second = await search.SearchAsync("pipeline layers", 5, CancellationToken.None);

        // Assert
        Assert.Equal("Pipeline Parallelism at Scale", first[0].Title);
        Assert.Equal("Pipeline Parallelism at Scale", second[0].Title);
        Assert.False(local.IsAvailable);
        Assert.Equal(1, loads);
    }

    [Fact]
    public async Task SearchAsync_NoEmbeddingsStored_NeverCallsTheModel()
    {
        await IngestAsync(("Pipeline Parallelism at Scale", "Pipelines of layers. " + Filler));
        var embedder = new FakeEmbedder(["pipeline"]);

        var hits = await _store.HybridSearch(embedder).SearchAsync("pipeline", 5, CancellationToken.None);

        Assert.Single(hits);
        Assert.Equal(0, embedder.Calls);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\" ( NEAR( *")]
    public async Task SearchAsync_NoSearchableWord_ReturnsNothing(string query)
    {
        await IngestAsync(("Pipeline Parallelism at Scale", Filler));

        Assert.Empty(await _store.HybridSearch().SearchAsync(query, 5, CancellationToken.None));
    }

    [Fact]
    public async Task SearchAsync_HugePastedQuery_Answers()
    {
        await IngestAsync(("Pipeline Parallelism at Scale", "Pipelines of layers. " + Filler));

        var hits = await _store.HybridSearch().SearchAsync(string.Concat(Enumerable.Repeat("pipeline layers ", 700)), 5, CancellationToken.None);

        Assert.Equal("Pipeline Parallelism at Scale", Assert.Single(hits).Title);
    }

    public void Dispose() => _store.Dispose();

    private async Task EmbedAllAsync(FakeEmbedder embedder)
    {
        var missing = await _store.Embeddings.GetMissingAsync(embedder.ModelId, 100, CancellationToken.None);
        var vectors = await embedder.EmbedDocumentsAsync(missing.Select(m => m.Text).ToList(), CancellationToken.None);
        await _store.Embeddings.SaveAsync(embedder.ModelId, missing.Select((m, i) => (m.Id, vectors[i])).ToList(), CancellationToken.None);
    }

    private async Task IngestAsync(params (string Title, string Abstract)[] papers)
    {
        var path = _store.WriteFile($"{Guid.NewGuid():N}.txt", PageDumps.Page("Dec 4", papers.Select(p => (p.Title, p.Abstract, (string?)null)).ToArray()));
        Assert.Equal(0, (await _store.Ingestor.IngestAsync([path], CancellationToken.None)).Failed);
    }
}
