using Moq;
using PaperBot.Core.Papers;

namespace PaperBot.Tests.Core.Papers;

public sealed class SearchFilterRulesTests
{
    private static readonly IReadOnlyList<CategoryCount> Known =
        [new("cs.LG", 900), new("cs.CL", 500), new("cs.CV", 400), new("stat.ML", 80), new("q-bio.BM", 3)];

    [Fact]
    public async Task ReadAsync_EveryPart_ResolvedToTheCorpusSpelling()
    {
        var (filter, error) = await ReadAsync(new SearchFilterText("cs.cl, CS., stat.ML", "2024", "2024-06"));

        Assert.Null(error);
        Assert.Equal(["cs.CL", "cs.", "stat.ML"], filter.Categories);
        Assert.Equal(new DateOnly(2024, 1, 1), filter.Since);
        Assert.Equal(new DateOnly(2024, 6, 30), filter.Until);
    }

    [Fact]
    public async Task ReadAsync_NothingGiven_EmptyFilterWithoutReadingCategories()
    {
        var store = new Mock<IPaperStore>(MockBehavior.Strict);

        var (filter, error) = await SearchFilterRules.ReadAsync(new SearchFilterText(null, " ", null), store.Object, CancellationToken.None);

        Assert.Null(error);
        Assert.True(filter.IsEmpty);
    }

    [Theory]
    [InlineData(null, "last week", null, "--since must be a date like 2024-05-01, 2024-05 or 2024.")]
    [InlineData(null, null, "2024-13", "--until must be a date like 2024-12-31, 2024-12 or 2024.")]
    [InlineData(null, "2025", "2024", "--since (2025-01-01) is after --until (2024-12-31): swap them or widen the range.")]
    [InlineData("cs.CLL", null, null, "Unknown category \"cs.CLL\": the closest the corpus has are cs.CL, cs.LG, cs.CV.")]
    [InlineData("physics.", null, null, "Unknown category \"physics.\": the closest the corpus has are cs.CL, cs.CV, cs.LG.")]
    [InlineData("a,b,c,d,e,f", null, null, "Too many categories (6): give at most 5, e.g. --category cs.CL,cs.LG.")]
    public async Task ReadAsync_BadInput_OneLineThatSaysWhatToDo(string? categories, string? since, string? until, string expected)
    {
        var (_, error) = await ReadAsync(new SearchFilterText(categories, since, until));

        Assert.Equal(expected, error);
    }

    [Fact]
    public async Task ReadAsync_DiscordNames_OptionsWithoutDashes()
    {
        var (_, error) = await ReadAsync(new SearchFilterText(null, "soon", null, OptionPrefix: ""));

        Assert.Equal("since must be a date like 2024-05-01, 2024-05 or 2024.", error);
    }

    [Fact]
    public void ResolveCategories_CorpusWithoutCategories_SaysSo()
    {
        var error = SearchFilterRules.ResolveCategories(["cs.CL"], [], "--", out _);

        Assert.Equal("No paper in the corpus has arXiv categories yet (they come from the arXiv snapshot): search without --category.", error);
    }

    [Fact]
    public void Closest_TiesInSpelling_MorePapersFirst()
    {
        var closest = SearchFilterRules.Closest("cs.XX", Known).Select(c => c.Category);

        Assert.Equal(["cs.LG", "cs.CL", "cs.CV"], closest);
    }

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("cs.CL", "cs.CL", 0)]
    [InlineData("cs.CL", "cs.LG", 2)]
    [InlineData("kitten", "sitting", 3)]
    public void EditDistance_Between_Levenshtein(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Between(a, b));

    private static Task<(SearchFilter Filter, string? Error)> ReadAsync(SearchFilterText text)
    {
        var store = new Mock<IPaperStore>();
        store.Setup(s => s.GetCategoriesAsync(It.IsAny<CancellationToken>())).ReturnsAsync(Known);
        return SearchFilterRules.ReadAsync(text, store.Object, CancellationToken.None);
    }
}
