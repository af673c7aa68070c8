using PaperBot.Core.Papers;
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
    [InlineData("mf:5:cs.CL;;:")]
    [InlineData("mf:5:;;:query")]
    [InlineData("mf:5:cs.CL;2024:query")]
    [InlineData("mf:5:cs.CL;2024-01-01;:query")]
    public void TryParse_ForeignIds_False(string? customId)
    {
        Assert.False(ButtonIds.TryParse(customId, out _, out _, out _, out _));
    }

    [Fact]
    public void More_Filtered_RoundTripsTheWholeFilter()
    {
        var filter = new SearchFilter { Categories = ["cs.CL", "cs."], Since = new DateOnly(2024, 1, 1), Until = new DateOnly(2024, 12, 31) };

        var customId = ButtonIds.More(10, "title: llama 3", filter);

        Assert.Equal("mf:10:cs.CL,cs.;20240101;20241231:title: llama 3", customId);
        Assert.True(ButtonIds.TryParse(customId, out var action, out _, out var offset, out var query, out var parsed));
        Assert.Equal((ButtonIds.MorePrefix, 10, "title: llama 3"), (action, offset, query));
        Assert.Equal(filter.Categories, parsed.Categories);
        Assert.Equal((filter.Since, filter.Until), (parsed.Since, parsed.Until));
    }

    [Fact]
    public void More_LongestFilterAndLongQuery_FilterKeptWholeQueryCutAtAWord()
    {
        var filter = new SearchFilter { Categories = ["physics.chem-ph", "physics.comp-ph", "cond-mat.mes-hall", "q-bio."], Since = new DateOnly(2020, 1, 1), Until = new DateOnly(2024, 12, 31) };
        var query = string.Join(' ', Enumerable.Repeat("attention", 30));

        var customId = ButtonIds.More(95, query, filter);

        Assert.InRange(customId.Length, 1, 100);
        Assert.True(ButtonIds.TryParse(customId, out _, out _, out _, out var text, out var parsed));
        Assert.Equal(filter.Categories, parsed.Categories);
        Assert.StartsWith("attention", text, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", text, StringComparison.Ordinal);
        Assert.EndsWith("attention", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_UnfilteredMore_HasNoFilter()
    {
        Assert.True(ButtonIds.TryParse(ButtonIds.More(5, "rl", SearchFilter.None), out _, out _, out _, out var text, out var filter));
        Assert.Equal("rl", text);
        Assert.True(filter.IsEmpty);
    }
}
