using PaperBot.Core.Text;

namespace PaperBot.Tests.Core.Text;

public sealed class PorterStemmerTests
{
    // Pairs from Porter's published vocabulary and its output; the search index (FTS5 porter) stems the same way.
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("cats", "cat")]
    [InlineData("feed", "feed")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("motoring", "motor")]
    [InlineData("sing", "sing")]
    [InlineData("conflated", "conflat")]
    [InlineData("troubled", "troubl")]
    [InlineData("sized", "size")]
    [InlineData("hopping", "hop")]
    [InlineData("falling", "fall")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("sky", "sky")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("rational", "ration")]
    [InlineData("digitizer", "digit")]
    [InlineData("operator", "oper")]
    [InlineData("decisiveness", "decis")]
    [InlineData("hopefulness", "hope")]
    [InlineData("sensibiliti", "sensibl")]
    [InlineData("triplicate", "triplic")]
    [InlineData("formative", "form")]
    [InlineData("electrical", "electr")]
    [InlineData("goodness", "good")]
    [InlineData("allowance", "allow")]
    [InlineData("inference", "infer")]
    [InlineData("adjustable", "adjust")]
    [InlineData("replacement", "replac")]
    [InlineData("agreement", "agreement")]
    [InlineData("adoption", "adopt")]
    [InlineData("communism", "commun")]
    [InlineData("effective", "effect")]
    [InlineData("probate", "probat")]
    [InlineData("rate", "rate")]
    [InlineData("controll", "control")]
    [InlineData("roll", "roll")]
    [InlineData("generalization", "gener")]
    public void Stem_PorterVocabulary_MatchesPortersOutput(string word, string expected) =>
        Assert.Equal(expected, PorterStemmer.Stem(word));

    [Theory]
    [InlineData("quantization", "quantized", "quantize")]
    [InlineData("training", "trained", "trains")]
    [InlineData("compression", "compressed", "compressing")]
    public void Stem_WordsOfOneFamily_Meet(string a, string b, string? c)
    {
        Assert.Equal(PorterStemmer.Stem(a), PorterStemmer.Stem(b));
        if (c is not null)
        {
            Assert.Equal(PorterStemmer.Stem(a), PorterStemmer.Stem(c));
        }
    }

    [Theory]
    [InlineData("gpt4")]
    [InlineData("résumés")]
    [InlineData("ab")]
    public void Stem_NothingToStripNonAsciiOrShort_LeftAsTheyAre(string word) => Assert.Equal(word, PorterStemmer.Stem(word));

    [Fact]
    public void Stem_WordWithDigits_StemmedLikeFts5WithDigitsAsConsonants() => Assert.Equal("llama2", PorterStemmer.Stem("llama2s"));

    [Fact]
    public void Stem_LongerThanTheLimit_LeftAsItIs()
    {
        var word = new string('s', PorterStemmer.MaxLength + 1);
        Assert.Equal(word, PorterStemmer.Stem(word));
    }
}
