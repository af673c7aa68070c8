using System.Text;
using PaperBot.Postgres.Search;

namespace PaperBot.Tests.Postgres.Search;

public sealed class TitleRangeTests
{
    [Theory]
    [InlineData("flash", "flasi")]
    [InlineData("a", "b")]
    [InlineData("attention z", "attention {")]
    public void UpperBound_LastCharacterPlusOne(string prefix, string expected)
    {
        Assert.Equal(expected, TitleRange.UpperBound(prefix));
    }

    [Theory]
    [InlineData("ab\uD7FF")]
    [InlineData("ab\uFFFF")]
    [InlineData("ab\U0001D400")]
    public void UpperBound_WhereOneMoreWouldBeHalfAPairOrWrap_ThePrefixThenTheLastCodePoint(string prefix)
    {
        var bound = TitleRange.UpperBound(prefix);

        Assert.Equal(prefix + "\U0010FFFF", bound);
        Assert.Equal(bound, Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(bound)));
    }

    [Fact]
    public void UpperBound_AboveEveryTitleWithThePrefix_InByteOrder()
    {
        var prefix = "déjà";
        var bound = Encoding.UTF8.GetBytes(TitleRange.UpperBound(prefix));

        foreach (var title in new[] { prefix, prefix + " vu", prefix + "\uFFFD", prefix + "\U0001F600" })
        {
            Assert.True(Encoding.UTF8.GetBytes(title).AsSpan().SequenceCompareTo(bound) < 0, title);
        }

        Assert.True(Encoding.UTF8.GetBytes("déjá").AsSpan().SequenceCompareTo(bound) >= 0);
    }
}
