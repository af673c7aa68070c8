using PaperBot.Postgres.Search;

namespace PaperBot.Tests.Postgres.Search;

public sealed class TitleWordsQueryTests
{
    [Theory]
    [InlineData("flash att", "flash & att:*")]
    [InlineData("flash", "flash:*")]
    [InlineData("sparse attention kernels", "sparse & attention & kernels:*")]
    [InlineData("long co", "long")]
    [InlineData("a b cd", "a & b")]
    public void For_WholeWordsThenTheLastAsAPrefix_AsTheSqliteStoreReadsThem(string typed, string expected)
    {
        Assert.Equal(expected, TitleWordsQuery.For(typed));
    }

    [Theory]
    [InlineData("")]
    [InlineData("fl")]
    [InlineData("   ")]
    public void For_NothingLongEnoughToLookFor_Null(string typed)
    {
        Assert.Null(TitleWordsQuery.For(typed));
    }

    [Fact]
    public void For_TsquerySyntaxInTheWords_OnlyLettersAndDigitsReachTheQuery()
    {
        var query = TitleWordsQuery.For("a:*b | !c & 'd' (e)fg");

        Assert.Equal("ab & c & d & efg:*", query);
    }

    [Fact]
    public void For_MoreWordsThanTheMost_KeepsTheFirst()
    {
        var query = TitleWordsQuery.For(string.Join(' ', Enumerable.Range(1, TitleWordsQuery.MaxWords + 3).Select(i => $"word{i}")));

        Assert.Equal(TitleWordsQuery.MaxWords, query!.Split(" & ").Length);
        Assert.EndsWith($"word{TitleWordsQuery.MaxWords}:*", query, StringComparison.Ordinal);
    }
}
