using PaperBot.Core.Corpus;

namespace PaperBot.Tests.Core.Corpus;

public sealed class CategoryFilterTests
{
    [Theory]
    [InlineData("cs.CL,cs.LG", "cs.LG", true)]
    [InlineData("cs.CL,cs.LG", "stat.ML cs.LG", true)]
    [InlineData("cs.CL,cs.LG", "cs.CV", false)]
    [InlineData("cs.", "cs.CV", true)]
    [InlineData("cs.,stat.ML", "stat.ML", true)]
    [InlineData("cs.,stat.ML", "stat.TH", false)]
    [InlineData("hep-th, quant-ph", "quant-ph", true)]
    [InlineData("cond-mat.", "cond-mat.str-el", true)]
    [InlineData("cs.CL", "", false)]
    public void Matches_ExactAndPrefix_AnyCategoryCounts(string filter, string categories, bool expected)
    {
        var parsed = CategoryFilter.Parse(filter);

        Assert.Equal(expected, parsed.Matches(categories.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void All_KeepsPapersWithoutCategories()
    {
        Assert.True(CategoryFilter.All.Matches([]));
        Assert.True(CategoryFilter.All.IsAll);
    }

    [Theory]
    [InlineData("cs.CLL", "cs.CL")]
    [InlineData("cs.cl", "cs.CL")]
    [InlineData("cs.LG,stat.XX", "stat.")]
    [InlineData("quant-phh", "quant-ph")]
    [InlineData("xx.", "unknown arXiv category \"xx.\"")]
    public void Parse_UnknownCategory_OneLineNamingTheClosestKnown(string filter, string expected)
    {
        var error = Assert.Throws<FormatException>(() => CategoryFilter.Parse(filter));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" , ")]
    public void Parse_Nothing_SaysWhatToGive(string filter)
    {
        var error = Assert.Throws<FormatException>(() => CategoryFilter.Parse(filter));

        Assert.Contains("--categories cs.CL,cs.LG", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_SortedCanonicalForm()
    {
        Assert.Equal("cs.,cs.CL,stat.ML", CategoryFilter.Parse("stat.ML, cs.CL,cs.").ToString());
    }
}
