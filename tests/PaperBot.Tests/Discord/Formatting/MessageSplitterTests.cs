using PaperBot.Discord.Formatting;

namespace PaperBot.Tests.Discord.Formatting;

public sealed class MessageSplitterTests
{
    [Fact]
    public void Split_ShortText_OnePart()
    {
        Assert.Equal(["hello there"], MessageSplitter.Split("  hello there \n"));
    }

    [Fact]
    public void Split_LongParagraphs_CutsAtParagraphsWithinTheLimit()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("word", 300)); // 1,499 characters
        var text = string.Join("\n\n", paragraph, paragraph, paragraph);

        var parts = MessageSplitter.Split(text);

        Assert.Equal(3, parts.Count);
        Assert.All(parts, p => Assert.Equal(paragraph, p));
    }

    [Fact]
    public void Split_OneHugeWord_CutsHardAndKeepsEveryCharacter()
    {
        var text = new string('x', 4500);

        var parts = MessageSplitter.Split(text);

        Assert.All(parts, p => Assert.InRange(p.Length, 1, 2000));
        Assert.Equal(text, string.Concat(parts));
    }

    [Fact]
    public void Split_NeverSplitsASurrogatePair()
    {
        var text = new string('a', 1999) + "😀" + new string('b', 10);

        var parts = MessageSplitter.Split(text);

        Assert.All(parts, p => Assert.False(char.IsHighSurrogate(p[^1])));
        Assert.Equal(text, string.Concat(parts));
    }

    [Fact]
    public void Split_Sentences_CutsAfterASentenceEnd()
    {
        var sentence = "This sentence is about attention and it ends here. ";
        var text = string.Concat(Enumerable.Repeat(sentence, 60)).Trim();

        var parts = MessageSplitter.Split(text);

        Assert.True(parts.Count >= 2);
        Assert.All(parts, p => Assert.True(p.Length <= 2000));
        Assert.EndsWith("ends here.", parts[0], StringComparison.Ordinal);
    }
}
