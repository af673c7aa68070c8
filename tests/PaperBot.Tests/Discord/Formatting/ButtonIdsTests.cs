using PaperBot.Discord.Formatting;

namespace PaperBot.Tests.Discord.Formatting;

public sealed class ButtonIdsTests
{
    [Fact]
    public void Summarize_RoundTrips()
    {
        Assert.True(ButtonIds.TryParse(ButtonIds.Summarize(42), out var action, out var id, out _, out _));
        Assert.Equal(ButtonIds.SummarizePrefix, action);
        Assert.Equal(42, id);
    }

    [Fact]
    public void Card_RoundTrips()
    {
        Assert.True(ButtonIds.TryParse(ButtonIds.Card(9_007_199_254_740_993), out var action, out var id, out _, out _));
        Assert.Equal((ButtonIds.CardPrefix, 9_007_199_254_740_993L), (action, id));
        Assert.Equal("card:9007199254740993", ButtonIds.Card(9_007_199_254_740_993));
    }

    [Fact]
    public void More_LongQuery_StaysWithin100CharactersAndRoundTrips()
    {
        var query = string.Join(' ', Enumerable.Repeat("attention", 30));

        var customId = ButtonIds.More(15, query);

        Assert.InRange(customId.Length, 1, 100);
        Assert.True(ButtonIds.TryParse(customId, out var action, out _, out var offset, out var text));
        Assert.Equal(ButtonIds.MorePrefix, action);
        Assert.Equal(15, offset);
        Assert.StartsWith("attention attention", text, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void More_QueryWithColons_KeepsThem()
    {
        Assert.True(ButtonIds.TryParse(ButtonIds.More(5, "title: llama 3"), out _, out _, out _, out var text));
        Assert.Equal("title: llama 3", text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sum:")]
    [InlineData("sum:abc")]
    [InlineData("card:")]
    [InlineData("card:-1")]
    [InlineData("delete:1")]
    [InlineData("more:x:query")]
    [InlineData("more:5:")]
    public void TryParse_ForeignIds_False(string? customId)
    {
        Assert.False(ButtonIds.TryParse(customId, out _, out _, out _, out _));
    }
}
