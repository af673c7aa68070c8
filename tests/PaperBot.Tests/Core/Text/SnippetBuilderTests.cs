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

    [Theory]
    [InlineData("(Quantization) improves \"quantized\" models.", "We show nothing new here.", "quantization", 0)]
    [InlineData("We train nothing.", "Attention: 'attentive' heads (attention-based) attend.", "attention", 1)]
    [InlineData("Short words a b c only.", "A cat, the cats; CATS!", "cats", 1)]
    public void Build_WordsInPunctuation_MatchByTheirLettersAsTheIndexDoes(string first, string second, string query, int expected)
    {
        // Words are the letters and digits between spaces, lower-cased and stemmed: brackets, quotes and trailing
        // punctuation never hide a match, and the sentence with more matches wins.
        Assert.Equal(expected == 0 ? first : second, SnippetBuilder.Build($"{first} {second}", [query]));
    }

    [Fact]
    public void Build_AWordLongerThanTheStemmerTakes_NeverMatches()
    {
        var longWord = new string('q', 80);

        Assert.Equal("Nothing here.", SnippetBuilder.Build($"Nothing here. Only {longWord} words.", [longWord]));
    }
}
