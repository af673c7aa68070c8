using PaperBot.Core.Highlights;
using PaperBot.Core.Papers;

namespace PaperBot.Tests.Highlights;

public sealed class ExtractiveBlurbTests
{
    [Fact]
    public void From_SourceSummary_IsUsed()
    {
        var paper = new Paper { Title = "T", Abstract = "An abstract. With sentences.", SourceSummary = "  A one-line summary from Hugging Face.  " };

        Assert.Equal("A one-line summary from Hugging Face.", ExtractiveBlurb.From(paper));
    }

    [Fact]
    public void From_ShortSentences_TakesTheFirstTwoWhole()
    {
        var paper = new Paper { Title = "T", Abstract = "We train big models. They work well. A third sentence follows." };

        Assert.Equal("We train big models. They work well.", ExtractiveBlurb.From(paper));
    }

    [Fact]
    public void From_SecondSentenceTooLong_KeepsOnlyTheFirst()
    {
        var paper = new Paper { Title = "T", Abstract = "We train big models. " + string.Join(' ', Enumerable.Repeat("Long", 80)) + "." };

        Assert.Equal("We train big models.", ExtractiveBlurb.From(paper));
    }

    [Fact]
    public void From_FirstSentenceTooLong_CutAtAWordWithinTheLimit()
    {
        var paper = new Paper { Title = "T", Abstract = string.Join(' ', Enumerable.Repeat("word", 120)) + ". Next." };

        var blurb = ExtractiveBlurb.From(paper);

        Assert.InRange(blurb.Length, 200, ExtractiveBlurb.MaxLength);
        Assert.EndsWith("word…", blurb);
    }
}
