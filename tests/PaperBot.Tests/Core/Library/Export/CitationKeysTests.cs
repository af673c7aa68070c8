using PaperBot.Core.Library.Export;
using PaperBot.Core.Papers;

namespace PaperBot.Tests.Core.Library.Export;

public sealed class CitationKeysTests
{
    [Fact]
    public void For_KnownAuthorYearAndArxivId_SurnameYearAndId()
    {
        Assert.Equal("huang2018-1811.06965", CitationKeys.For(ExportPapers.GPipe().Paper));
    }

    [Fact]
    public void For_NoAuthorsNoDate_FirstSignificantTitleWordAndStoreId()
    {
        var paper = ExportPapers.CorpusOnly(42, "The Müller Effect: A Study").Paper;

        Assert.Equal("muller-42", CitationKeys.For(paper));
    }

    [Fact]
    public void For_SamePaperTwice_SameKey()
    {
        Assert.Equal(CitationKeys.For(ExportPapers.GPipe().Paper), CitationKeys.For(ExportPapers.GPipe(["other"], "a note").Paper));
    }

    [Fact]
    public void Assign_DuplicateTitlesAndClashingKeys_AllUniqueAndUsableInBibTex()
    {
        var a = ExportPapers.CorpusOnly(1, "Attention Is All You Need").Paper;
        var b = ExportPapers.CorpusOnly(2, "Attention Is All You Need").Paper;
        var oldStyle = new StoredPaper(3, new Paper { Title = "x", Abstract = "", ArxivId = "hep-th/9901001" }, []);

        var keys = CitationKeys.Assign([a, b, a, oldStyle]);

        Assert.Equal(4, keys.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(["attention-1", "attention-2", "attention-1b"], keys.Take(3));
        Assert.All(keys, k => Assert.Matches("^[a-z0-9][a-z0-9.:-]*$", k));
    }
}
