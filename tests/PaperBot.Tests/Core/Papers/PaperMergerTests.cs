using PaperBot.Core.Papers;

namespace PaperBot.Tests.Core.Papers;

public sealed class PaperMergerTests
{
    private static readonly Paper FromPageDump = new()
    {
        Title = "Rolling Forcing: Real Time",
        Abstract = "A cut abstract.",
        PublishedOn = new DateOnly(2025, 9, 23),
        DailyDate = new DateOnly(2025, 12, 11),
        AuthorCount = 4,
        Upvotes = 2,
        Organization = "OpenBMB",
    };

    private static readonly Paper FromApi = new()
    {
        Title = "Rolling Forcing: Real Time",
        Abstract = "A cut abstract. With the rest of it that the page left out.",
        ArxivId = "2509.25161",
        PublishedOn = new DateOnly(2025, 9, 25),
        DailyDate = new DateOnly(2025, 9, 26),
        Authors = ["A. One", "B. Two", "C. Three"],
        Upvotes = 57,
        GithubUrl = "https://github.com/example/rolling",
        Keywords = ["video diffusion"],
    };

    [Fact]
    public void Merge_PageDumpAndApi_KeepsTheRichestOfEachField()
    {
        var merged = PaperMerger.Merge(FromPageDump, FromApi);

        Assert.Equal(FromApi.Abstract, merged.Abstract);
        Assert.Equal("2509.25161", merged.ArxivId);
        Assert.Equal(new DateOnly(2025, 9, 23), merged.PublishedOn);
        Assert.Equal(new DateOnly(2025, 9, 26), merged.DailyDate);
        Assert.Equal(FromApi.Authors, merged.Authors);
        Assert.Equal(4, merged.AuthorCount);
        Assert.Equal(57, merged.Upvotes);
        Assert.Equal("OpenBMB", merged.Organization);
        Assert.Equal("https://github.com/example/rolling", merged.GithubUrl);
        Assert.Equal(["video diffusion"], merged.Keywords);
    }

    [Fact]
    public void Merge_EitherOrder_GivesTheSamePaper()
    {
        var ab = PaperMerger.Merge(FromPageDump, FromApi);
        var ba = PaperMerger.Merge(FromApi, FromPageDump);

        Assert.Equal(ab with { Authors = [], Keywords = [] }, ba with { Authors = [], Keywords = [] });
        Assert.Equal(ab.Authors, ba.Authors);
        Assert.Equal(ab.Keywords, ba.Keywords);
    }

    [Fact]
    public void Merge_TitlesOfEqualLength_PicksTheSameOneEitherWay()
    {
        var lower = FromPageDump with { Title = "gpipe: giant networks" };
        var upper = FromPageDump with { Title = "GPipe: Giant Networks" };

        Assert.Equal(PaperMerger.Merge(lower, upper).Title, PaperMerger.Merge(upper, lower).Title);
    }

    [Fact]
    public void Merge_WithItself_OnlyCountsTheNamedAuthors()
    {
        var once = PaperMerger.Merge(FromApi, FromApi);

        Assert.Equal(FromApi with { AuthorCount = 3 }, once);
        Assert.Equal(once, PaperMerger.Merge(once, once));
    }

    [Theory]
    [InlineData("cs.CL cs.LG", "cs.LG cs.AI", "cs.CL cs.LG cs.AI")]
    [InlineData("cs.CL", "cs.LG cs.CL", "cs.LG cs.CL")]
    [InlineData("", "cs.CL", "cs.CL")]
    [InlineData("cs.CL cs.LG", "cs.CL cs.LG", "cs.CL cs.LG")]
    public void Merge_Categories_UnionWithTheFullerListsPrimaryFirstWhateverTheOrder(string a, string b, string expected)
    {
        var left = FromApi with { Categories = a.Split(' ', StringSplitOptions.RemoveEmptyEntries) };
        var right = FromApi with { Categories = b.Split(' ', StringSplitOptions.RemoveEmptyEntries) };

        Assert.Equal(expected, string.Join(' ', PaperMerger.Merge(left, right).Categories));
        Assert.Equal(expected, string.Join(' ', PaperMerger.Merge(right, left).Categories));
    }

    [Fact]
    public void Merge_SameCategories_KeepsTheSameRecord()
    {
        var paper = FromApi with { AuthorCount = 3, Categories = ["cs.CL"] };

        Assert.Equal(paper, PaperMerger.Merge(paper, paper with { Categories = ["cs.CL"] }));
    }
}
