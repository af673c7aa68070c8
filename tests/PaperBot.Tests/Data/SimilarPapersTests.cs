using PaperBot.Testing;
using PaperBot.Retrieval.Search;
using PaperBot.Data.Search;
using PaperBot.Data.Vectors;

namespace PaperBot.Tests.Data;

public sealed class SimilarPapersTests : IDisposable
{
    private const string Filler = "The rest of this abstract says nothing in particular.";
    private readonly TestStore _store = new(pageYear: 2025);

    [Fact]
    public async Task FindSimilarAsync_QuantizationPaper_NeighboursAreQuantizationPapersNotItself()
    {
        await _store.Ingestor.IngestAsync([TestPaths.CorpusDir], CancellationToken.None);
        var paper = await _store.Store.FindAsync("ZeroQuant-FP", CancellationToken.None);
        Assert.NotNull(paper);

        var similar = await _store.Similar.FindSimilarAsync(paper.Id, 5, CancellationToken.None);

        Assert.Equal(5, similar.Count);
        Assert.DoesNotContain(paper.Id, similar.Select(s => s.Id));
        Assert.All(similar, s => Assert.Contains("quant", s.Title, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("decoupleQ: Towards 2-bit Post-Training Uniform Quantization via decoupling Parameters into Integer and Floating Points", similar.Select(s => s.Title));
        Assert.True(similar.Zip(similar.Skip(1)).All(p => p.First.Score >= p.Second.Score));
        Assert.All(similar, s => Assert.False(string.IsNullOrEmpty(s.Snippet)));
    }

    [Fact]
    public async Task FindSimilarAsync_PipelineParallelismPaper_FindsThePipelinePapers()
    {
        await _store.Ingestor.IngestAsync([TestPaths.CorpusDir], CancellationToken.None);
        var gpipe = await _store.Store.FindAsync("GPipe", CancellationToken.None);

        var similar = await _store.Similar.FindSimilarAsync(gpipe!.Id, 5, CancellationToken.None);

        Assert.Contains(similar, s => s.Title.StartsWith("GNNPipe", StringComparison.Ordinal));
        Assert.Contains(similar, s => s.Title.StartsWith("SkipPipe", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FindSimilarAsync_SmallCorpus_RanksTheSharedTopicFirst()
    {
        var path = _store.WriteFile("a.txt", PageDumps.Page(
            "Dec 4",
            ("Sparse Attention for Long Video", "Sparse attention skips blocks of video tokens. " + Filler, null),
            ("Block-Sparse Attention Kernels", "Kernels for block sparse attention on GPUs. " + Filler, null),
            ("Protein Language Models", "Protein sequences are modelled like text. " + Filler, null)));
        await _store.Ingestor.IngestAsync([path], CancellationToken.None);
        var first = await _store.Store.FindAsync("Sparse Attention for Long Video", CancellationToken.None);

        var similar = await _store.Similar.FindSimilarAsync(first!.Id, 5, CancellationToken.None);

        Assert.Equal("Block-Sparse Attention Kernels", similar[0].Title);
        Assert.DoesNotContain(first.Id, similar.Select(s => s.Id));
    }

    [Fact]
    public async Task FindSimilarAsync_WithVectors_ScoresAreTheDenseSimilarityToThePaper()
    {
        var path = _store.WriteFile("b.txt", PageDumps.Page(
            "Dec 4",
            ("Draft Models for Faster Decoding", "A small draft model proposes tokens a large one verifies. " + Filler, null),
            ("Guessing Tokens Ahead", "Cheap guesses of the next tokens, checked by the big model. " + Filler, null),
            ("Protein Language Models", "Protein sequences are modelled like text. " + Filler, null)));
        await _store.Ingestor.IngestAsync([path], CancellationToken.None);
        var embedder = new FakeEmbedder(["draft", "guess", "verif", "check"], ["protein"]);
        var missing = await _store.Embeddings.GetMissingAsync(embedder.ModelId, 100, CancellationToken.None);
        var vectors = await embedder.EmbedDocumentsAsync([.. missing.Select(m => m.Text)], CancellationToken.None);
        await _store.Embeddings.SaveAsync(embedder.ModelId, [.. missing.Select((m, i) => (m.Id, vectors[i]))], CancellationToken.None);
        var similarPapers = new SqliteSimilarPapers(_store.Database, _store.Dense(embedder), Microsoft.Extensions.Options.Options.Create(new SearchOptions()));
        var draft = await _store.Store.FindAsync("Draft Models for Faster Decoding", CancellationToken.None);

        var similar = await similarPapers.FindSimilarAsync(draft!.Id, 5, CancellationToken.None);

        // A readable similarity (cosine of the two papers' vectors), not a rank-fusion score near 0.03.
        var guessing = Assert.Single(similar, s => s.Title == "Guessing Tokens Ahead");
        Assert.InRange(guessing.Score, 0.9, 1.0);
        var protein = Assert.Single(similar, s => s.Title == "Protein Language Models");
        Assert.InRange(protein.Score, 0.0, 0.2);
        Assert.Equal("Guessing Tokens Ahead", similar[0].Title);
    }

    [Theory]
    [InlineData(987654, 5)]
    [InlineData(1, 0)]
    public async Task FindSimilarAsync_UnknownIdOrNothingAsked_ReturnsNothing(long id, int top)
    {
        await _store.Ingestor.IngestAsync([TestPaths.CorpusDir], CancellationToken.None);

        Assert.Empty(await _store.Similar.FindSimilarAsync(id, top, CancellationToken.None));
    }

    public void Dispose() => _store.Dispose();
}
