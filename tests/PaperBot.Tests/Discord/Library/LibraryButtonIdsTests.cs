using PaperBot.Discord.Library;

namespace PaperBot.Tests.Discord.Library;

public sealed class LibraryButtonIdsTests
{
    [Fact]
    public void Page_TagWithColons_RoundTripsWithinTheIdLimit()
    {
        var id = LibraryButtonIds.Page(LibraryFixtures.Ada, 37, "rl:2026");

        Assert.NotNull(id);
        Assert.True(id.Length <= 100);
        Assert.True(LibraryButtonIds.TryParsePage(id, out var member, out var page, out var tag));
        Assert.Equal((LibraryFixtures.Ada, 37, "rl:2026"), (member, page, tag));
    }

    [Fact]
    public void Page_TagTooLongForAnId_Null()
    {
        Assert.Null(LibraryButtonIds.Page(LibraryFixtures.Ada, 1, new string('t', 90)));
    }

    [Theory]
    [InlineData("save:42", true)]
    [InlineData("lib:1:2:", true)]
    [InlineData("forget:1", true)]
    [InlineData("sum:42", false)]
    [InlineData("saved:42", false)]
    [InlineData(null, false)]
    public void IsLibrary_OnlyTheLibrarysPrefixes(string? customId, bool expected)
    {
        Assert.Equal(expected, LibraryButtonIds.IsLibrary(customId));
    }

    [Fact]
    public void TryParse_SaveAndForget_RoundTripAndRejectGarbage()
    {
        Assert.True(LibraryButtonIds.TryParseSave(LibraryButtonIds.Save(42), out var paperId));
        Assert.Equal(42, paperId);
        Assert.False(LibraryButtonIds.TryParseSave("save:-1", out _));
        Assert.True(LibraryButtonIds.TryParseForget(LibraryButtonIds.Forget(LibraryFixtures.Bob), out var member));
        Assert.Equal(LibraryFixtures.Bob, member);
        Assert.False(LibraryButtonIds.TryParseForget("forget:", out _));
        Assert.False(LibraryButtonIds.TryParsePage("lib:1:x:", out _, out _, out _));
    }
}
