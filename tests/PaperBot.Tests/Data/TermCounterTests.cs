using PaperBot.Data.Vectors;

namespace PaperBot.Tests.Data;

public sealed class TermCounterTests
{
    [Theory]
    [InlineData("quantization", "quantized", "quantize", "quantizing")]
    [InlineData("compression", "compressed", "compress", "compressing")]
    [InlineData("training", "trained", "trains", "train")]
    [InlineData("models", "modeling", "modelling", "model")]
    [InlineData("embeddings", "embedding", "embedded", "embeddings")]
    [InlineData("gpus", "gpu", "gpu", "gpu")]
    [InlineData("optimization", "optimizer", "optimizers", "optimize")]
    public void Add_WordsOfOneFamily_CountAsOneTerm(string a, string b, string c, string d)
    {
        var counter = TermCounter.Of($"{a} {b} {c} {d}");

        Assert.Equal(4, Assert.Single(counter.Counts).Value);
    }

    // The same stems as the search index (FTS5 porter), so a term vector and a search agree on what a word is.
    [Theory]
    [InlineData("bias", "bia")]
    [InlineData("class", "class")]
    [InlineData("string", "string")]
    [InlineData("analysis", "analysi")]
    public void Add_Word_StemmedAsTheSearchIndexStemsIt(string word, string stem)
    {
        Assert.Equal(stem, Assert.Single(TermCounter.Of(word).Counts).Key);
    }

    [Fact]
    public void Add_WordsEndingInRepeatedDigits_StayDistinct()
    {
        var counter = TermCounter.Of("word1 word11 topic17 topic177 llama2 llama22");

        Assert.Equal(6, counter.Counts.Count);
    }

    [Fact]
    public void Add_StopWordsNumbersAndOverlongRuns_AreNotTerms()
    {
        var counter = TermCounter.Of("We propose a novel method: the 2024 results show 42% " + new string('x', 40) + " kernels");

        Assert.Equal(["kernel"], counter.Counts.Keys);
    }

    [Fact]
    public void Add_NonAsciiAndMixedCase_LowerCasedWholeWords()
    {
        var counter = TermCounter.Of("Über Modelle für Lernen, ÜBER alles; αβγ-Netze", keepSurfaceWords: true);

        Assert.Equal(2, counter.Counts["über"]);
        Assert.Contains("αβγ", counter.Counts.Keys);
        Assert.Equal("modelle", counter.SurfaceOf("model"));
    }

    [Fact]
    public void Top_MoreTermsThanAllowed_KeepsTheMostFrequentThenTheLonger()
    {
        var counter = new TermCounter();
        counter.Add("kernels kernels kernels attention attention gpu scheduling", 1);

        var top = counter.Top(3);

        Assert.Equal(["kernel", "attent", "schedul"], top.Terms);
        Assert.Equal([3, 2, 1], top.Counts);
    }

    [Fact]
    public void Clear_AfterManyTexts_CountsOnlyTheNextText()
    {
        var counter = new TermCounter();
        counter.Add("pipeline parallelism", 1);
        counter.Clear();
        counter.Add("pipeline", 2);

        Assert.Equal(new Dictionary<string, int> { ["pipelin"] = 2 }, counter.Counts);
    }

    [Fact]
    public void EncodeDecode_RoundTrip_KeepsTermsAndCounts()
    {
        var vector = new TermVector(["quant", "über", "lora"], [14, 3, 255]);

        var decoded = TermVector.Decode(vector.Encode());

        Assert.Equal(vector.Terms, decoded.Terms);
        Assert.Equal(vector.Counts, decoded.Counts);
    }
}
