using PaperBot.Discord.Formatting;

namespace PaperBot.Tests.Discord.Formatting;

public sealed class TextTests
{
    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("one two three four", 10, "one two…")]
    [InlineData("abcdefghijklmnop", 5, "abcd…")]
    public void Cut_FitsTheLimitAtAWord(string input, int max, string expected)
    {
        var cut = Text.Cut(input, max);

        Assert.Equal(expected, cut);
        Assert.True(cut.Length <= max);
    }

    [Fact]
    public void Escape_MarkdownCharacters_AreEscaped()
    {
        Assert.Equal(@"\*\*bold\*\* \_x\_ \`c\`", Text.Escape("**bold** _x_ `c`"));
    }
}
