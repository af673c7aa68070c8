using PaperBot.AI.Chat;

namespace PaperBot.Tests.AI.Chat;

public sealed class QuestionTextTests
{
    [Theory]
    [InlineData("  what is GPipe?  ", 100, "what is GPipe?")]
    [InlineData("abcdef", 3, "abc")]
    [InlineData("ab cdef", 3, "ab")]
    [InlineData("", 3, "")]
    public void Trim_Question_TrimsAndCuts(string question, int max, string expected)
    {
        Assert.Equal(expected, QuestionText.Trim(question, max));
    }

    [Fact]
    public void Trim_CutInsideASurrogatePair_KeepsThePairWhole()
    {
        var text = QuestionText.Trim("ab\U0001F600cd", 3);

        Assert.Equal("ab", text);
    }
}
