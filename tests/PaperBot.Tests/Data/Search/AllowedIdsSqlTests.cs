using PaperBot.Core.Papers;
using PaperBot.Data.Search.Filters;

namespace PaperBot.Tests.Data.Search;

public sealed class AllowedIdsSqlTests : IDisposable
{
    private readonly TestStore _store = new(pageYear: 2025);

    [Fact]
    public void For_Prefix_IsARangeEndingBeforeTheNextCharacter()
    {
        var sql = AllowedIdsSql.For(new SearchFilter { Categories = ["cs."] });

        Assert.Equal(["cs.", "cs/"], sql.Args);
        Assert.DoesNotContain("papers AS p", sql.Sql, StringComparison.Ordinal);
    }

    [Fact]
    public void For_DatesOnly_ReadsPapersNotCategories()
    {
        var sql = AllowedIdsSql.For(new SearchFilter { Since = new DateOnly(2024, 1, 1), Until = new DateOnly(2024, 12, 31) });

        Assert.Equal(["2024-01-01", "2024-12-31"], sql.Args);
        Assert.DoesNotContain("paper_categories", sql.Sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolve_PrefixDoesNotReachLookalikeArchives()
    {
        var ids = await CategorizedPapers.AddAsync(_store,
            new("In CS", "Words. " + CategorizedPapers.Filler, "cs.AI", "2024-01-01"),
            new("In CS Exactly", "Words. " + CategorizedPapers.Filler, "cs", "2024-01-01"),
            new("In Q-Fin", "Words. " + CategorizedPapers.Filler, "q-fin.ST", "2024-01-01"));

        var allowed = _store.Database.Read(c => AllowedPapers.Resolve(c, new SearchFilter { Categories = ["cs."] }));

        Assert.Equal([ids["In CS"]], allowed);
    }

    public void Dispose() => _store.Dispose();
}
