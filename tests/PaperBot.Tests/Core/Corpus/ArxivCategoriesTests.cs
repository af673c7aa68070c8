using PaperBot.Core.Corpus;

namespace PaperBot.Tests.Core.Corpus;

public sealed class ArxivCategoriesTests
{
    [Theory]
    [InlineData("cs.AI")]
    [InlineData("stat.TH")]
    [InlineData("math.AG")]
    [InlineData("q-bio.NC")]
    [InlineData("q-fin.ST")]
    [InlineData("econ.EM")]
    [InlineData("eess.SP")]
    [InlineData("physics.optics")]
    [InlineData("astro-ph.CO")]
    [InlineData("astro-ph")]
    [InlineData("cond-mat.mes-hall")]
    [InlineData("nlin.CD")]
    [InlineData("hep-th")]
    [InlineData("math-ph")]
    [InlineData("quant-ph")]
    [InlineData("gr-qc")]
    [InlineData("nucl-th")]
    [InlineData("chao-dyn")]
    public void IsKnown_CurrentAndOldCodes_True(string category) => Assert.True(ArxivCategories.IsKnown(category));

    [Theory]
    [InlineData("cs.cl")]
    [InlineData("cs")]
    [InlineData("cs.XX")]
    [InlineData("")]
    public void IsKnown_WrongCaseOrMadeUp_False(string category) => Assert.False(ArxivCategories.IsKnown(category));

    [Fact]
    public void Closest_Typo_NearestFirst() => Assert.Equal("hep-th", ArxivCategories.Closest("hep-tj")[0]);
}
