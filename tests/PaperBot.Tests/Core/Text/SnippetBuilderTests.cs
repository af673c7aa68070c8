using PaperBot.Core.Text;

namespace PaperBot.Tests.Core.Text;

public sealed class SnippetBuilderTests
{
    private const string Abstract =
        "Large models are expensive. We propose a quantization method for LLMs. It uses 4-bit weights, e.g. for inference. Results improve.";

    [Fact]
    public void Build_QueryWords_PicksTheSentenceWithMostMatches()
    {
        Assert.Equal("We propose a quantization method for LLMs.", SnippetBuilder.Build(Abstract, ["quantized", "llms"]));
    }

    [Fact]
    public void Build_NoMatch_FallsBackToTheFirstSentence()
    {
        Assert.Equal("Large models are expensive.", SnippetBuilder.Build(Abstract, ["zebra"]));
    }

    [Fact]
    public void Cut_LongText_EndsAtAWordWithAnEllipsis()
    {
        var cut = SnippetBuilder.Cut("alpha beta gamma delta epsilon", 17);

        Assert.Equal("alpha beta gamma…", cut);
        Assert.True(cut.Length <= 17);
    }

    [Fact]
    public void SplitSentences_AbbreviationsWithoutCapital_StayInTheSentence()
    {
        var sentences = SnippetBuilder.SplitSentences(Abstract);

        Assert.Equal(4, sentences.Count);
        Assert.Equal("It uses 4-bit weights, e.g. for inference.", sentences[2]);
    }
}
