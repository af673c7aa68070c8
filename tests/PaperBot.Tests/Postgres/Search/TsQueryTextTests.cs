using PaperBot.Postgres.Search;

namespace PaperBot.Tests.Postgres.Search;

public sealed class TsQueryTextTests
{
    [Theory]
    [InlineData("attent", "'attent'")]
    [InlineData("o'brien", "'o''brien'")]
    [InlineData(@"a\b", @"'a\\b'")]
    [InlineData("x & y | !z", "'x & y | !z'")]
    public void Lexeme_QuotedSoItIsReadAsOneLexeme(string lexeme, string expected)
    {
        Assert.Equal(expected, TsQueryText.Lexeme(lexeme));
    }
}
