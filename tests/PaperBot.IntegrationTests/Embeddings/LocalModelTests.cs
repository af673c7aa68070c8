using PaperBot.AI.Embeddings;

namespace PaperBot.IntegrationTests.Embeddings;

/// <summary>snowflake-arctic-embed-xs itself, on real text: meaning, not words, decides what is close.</summary>
[Collection(LocalModelCollection.Name)]
public sealed class LocalModelTests(LocalModelFixture model) : IClassFixture<LocalModelFixture>
{
    private const string Pipeline = "GPipe: pipeline parallelism trains giant neural networks by splitting their layers across many accelerators.";

    private readonly LocalTextEmbedder _embedder = model.Embedder;

    [Fact]
    public async Task EmbedDocumentsAsync_SimilarSentences_AreCloserThanUnrelatedOnes()
    {
        var vectors = await _embedder.EmbedDocumentsAsync(
            [Pipeline, "Model parallel training spreads a huge network over several GPUs, one stage per device.", "A sourdough loaf needs a long, cold proof for its crust."],
            CancellationToken.None);

        Assert.True(Cosine(vectors[0], vectors[1]) > Cosine(vectors[0], vectors[2]) + 0.1);
    }

    [Fact]
    public async Task EmbedQueryAsync_ParaphrasedQuestion_IsClosestToTheDocumentThatAnswersIt()
    {
        var documents = await _embedder.EmbedDocumentsAsync(
            [Pipeline, "FlashAttention computes exact attention with fewer reads and writes of GPU memory.", "We detect people in images from overhead fisheye cameras."],
            CancellationToken.None);

        var query = await _embedder.EmbedQueryAsync("how do I fit a model that is too big for one chip?", CancellationToken.None);

        var scores = documents.Select(d => Cosine(query, d)).ToList();
        Assert.Equal(0, scores.IndexOf(scores.Max()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("深度学习模型的高效训练方法")]
    [InlineData("Effiziente Ausführung großer Sprachmodelle auf Endgeräten")]
    [InlineData("Обучение нейронных сетей без обратного распространения ошибки 🚀")]
    [InlineData("https://example.org/a-very-long-path-segment-that-is-much-longer-than-fifty-characters-in-one-word")]
    public async Task EmbedDocumentsAsync_AnyText_GivesAFiniteUnitVectorOf384(string text)
    {
        var vector = (await _embedder.EmbedDocumentsAsync([text], CancellationToken.None))[0];

        AssertUnit(vector);
    }

    [Fact]
    public async Task EmbedDocumentsAsync_TenThousandCharacters_IsCutToTheWindowAndStillAboutItsStart()
    {
        var pasted = string.Concat(Enumerable.Repeat(Pipeline + " ", 10_000 / Pipeline.Length + 1));
        Assert.True(pasted.Length >= 10_000);

        var vectors = await _embedder.EmbedDocumentsAsync([pasted, Pipeline], CancellationToken.None);

        AssertUnit(vectors[0]);
        Assert.True(Cosine(vectors[0], vectors[1]) > 0.8);
    }

    private static void AssertUnit(float[] vector)
    {
        Assert.Equal(384, vector.Length);
        Assert.All(vector, v => Assert.True(float.IsFinite(v)));
        Assert.InRange(Math.Sqrt(vector.Sum(v => (double)v * v)), 0.999, 1.001);
    }

    private static double Cosine(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();
}
