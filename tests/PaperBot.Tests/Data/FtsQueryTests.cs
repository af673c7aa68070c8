using PaperBot.Data.Search;

namespace PaperBot.Tests.Data;

public sealed class FtsQueryTests
{
    [Theory]
    [InlineData("flash attention", "\"flash\" AND \"attention\"")]
    [InlineData("\"flash attention\" kernels", "\"flash attention\" AND \"kernels\"")]
    [InlineData("transform*", "\"transform\"*")]
    [InlineData("\"low rank\"* adapters", "\"low rank\"* AND \"adapters\"")]
    [InlineData("GPT-4 evaluation", "\"gpt 4\" AND \"evaluation\"")]
    [InlineData("N:M sparsity", "\"n m\" AND \"sparsity\"")]
    [InlineData("diffusion OR flow matching", "(\"diffusion\" OR \"flow\") AND \"matching\"")]
    [InlineData("sparse AND NOT dense", "\"sparse\" AND \"dense\"")]
    [InlineData("NEAR(attention kernel)", "\"near attention\" AND \"kernel\"")]
    [InlineData("\"unbalanced quote runs on", "\"unbalanced quote runs on\"")]
    [InlineData("Déjà vu", "\"déjà\" AND \"vu\"")]
    [InlineData("title:quantization", "\"title quantization\"")]
    public void Parse_UserText_BuildsQuotedTerms(string text, string expected)
    {
        var query = FtsQuery.Parse(text);

        Assert.NotNull(query);
        Assert.Equal(expected, query.AllTerms);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\"")]
    [InlineData("*** ((( ))) ---")]
    [InlineData("🙂🚀")]
    [InlineData("OR AND NOT")]
    [InlineData(null)]
    public void Parse_NoSearchableWord_ReturnsNull(string? text)
    {
        Assert.Null(FtsQuery.Parse(text));
    }

    [Fact]
    public void Parse_TenThousandCharacters_KeepsAtMostMaxTerms()
    {
        var text = string.Concat(Enumerable.Range(0, 2000).Select(i => $"w{i} "));

        var query = FtsQuery.Parse(text);

        Assert.NotNull(query);
        Assert.Equal(FtsQuery.MaxTerms, query.AllTerms.Split(" AND ").Length);
        Assert.StartsWith("\"w0\" AND \"w1\"", query.AllTerms);
    }

    [Fact]
    public void Parse_SeveralWords_AnyTermJoinsAllWithOr()
    {
        var query = FtsQuery.Parse("sparse \"mixture of experts\"");

        Assert.NotNull(query);
        Assert.Equal("\"sparse\" OR \"mixture of experts\"", query.AnyTerm);
        Assert.True(query.HasAlternatives);
        Assert.Equal(["sparse", "mixture", "of", "experts"], query.Words);
    }

    [Fact]
    public void Parse_OneWord_HasNoAlternatives()
    {
        var query = FtsQuery.Parse("gpipe");

        Assert.NotNull(query);
        Assert.False(query.HasAlternatives);
    }
}
