using PaperBot.Discord.Library;
using PaperBot.Tests.Discord.Formatting;

namespace PaperBot.Tests.Discord.Library;

public sealed class LibraryMessagesTests
{
    private static readonly List<PaperBot.Core.Library.SavedPaper> Ten =
        [.. Enumerable.Range(1, 10).Select(i => LibraryFixtures.Saved(i, new string('T', 300), note: new string('n', 1000), "rl", "to-read"))];

    [Theory]
    [InlineData(1, new[] { "Next" })]
    [InlineData(50, new[] { "Previous", "Next" })]
    [InlineData(100, new[] { "Previous" })]
    public void LibraryPage_ThousandPapers_TheRightButtonsWithinLimits(int page, string[] labels)
    {
        var reply = LibraryMessages.LibraryPage(LibraryFixtures.Ada, Ten, 1000, page, "rl", query: null);

        PaperMessagesTests.AssertWithinLimits(reply);
        Assert.True(reply.Ephemeral);
        Assert.Contains($"page {page} of 100", reply.Content, StringComparison.Ordinal);
        var buttons = reply.Components!.Single().Components!;
        Assert.Equal(labels, buttons.Select(b => b.Label));
        Assert.All(buttons, b => Assert.StartsWith($"lib:{LibraryFixtures.Ada}:", b.CustomId, StringComparison.Ordinal));
    }

    [Fact]
    public void LibraryPage_NumbersContinueAcrossPages()
    {
        var reply = LibraryMessages.LibraryPage(LibraryFixtures.Ada, Ten, 25, 2, null, query: null);

        Assert.StartsWith("**11.**", reply.Embeds![0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadingList_ShowsWhoAddedEachAsAMentionThatNeverPings()
    {
        var papers = new[] { LibraryFixtures.Saved(1) with { SavedBy = LibraryFixtures.Bob }, LibraryFixtures.Saved(2) with { SavedBy = "local" } };

        var reply = LibraryMessages.ReadingList(papers, 2, 1);

        Assert.False(reply.Ephemeral);
        Assert.Contains($"added by <@{LibraryFixtures.Bob}>", reply.Embeds![0].Description, StringComparison.Ordinal);
        Assert.Contains("added by local", reply.Embeds![0].Description, StringComparison.Ordinal);
        Assert.Empty(reply.ToPayloads()[0].AllowedMentions.Parse);
    }

    [Fact]
    public void LibraryPage_EmptyLibrary_SaysHowToSave()
    {
        var reply = LibraryMessages.LibraryPage(LibraryFixtures.Ada, [], 0, 1, null, null);

        Assert.True(reply.Ephemeral);
        Assert.Contains("/save", reply.Content, StringComparison.Ordinal);
    }
}
