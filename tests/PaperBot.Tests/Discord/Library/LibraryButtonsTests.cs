using Moq;
using PaperBot.Core.Library;
using PaperBot.Core.Papers;
using PaperBot.Discord.Library;

namespace PaperBot.Tests.Discord.Library;

/// <summary>Every library button acts for whoever clicked it, and refuses to show or delete anyone else's data.</summary>
public sealed class LibraryButtonsTests
{
    private static readonly string[] Dm = ["dm-1"];
    private readonly Mock<IPaperStore> _store = new();
    private readonly Mock<ILibraryStore> _library = new(MockBehavior.Strict);
    private readonly Mock<IMemberData> _members = new(MockBehavior.Strict);
    private readonly Mock<IMemberChannels> _channels = new(MockBehavior.Strict);

    [Fact]
    public async Task Save_SavesToTheClickersLibraryPrivately()
    {
        _store.Setup(s => s.GetAsync(42, It.IsAny<CancellationToken>())).ReturnsAsync(LibraryFixtures.Paper(42, "GPipe"));
        _library.Setup(l => l.SaveAsync(LibraryFixtures.Bob, 42, It.IsAny<IReadOnlyList<string>>(), null, It.IsAny<CancellationToken>())).ReturnsAsync(SaveOutcome.Saved);
        _library.Setup(l => l.CountAsync(LibraryFixtures.Bob, null, It.IsAny<CancellationToken>())).ReturnsAsync(12);

        var reply = await Buttons().HandleAsync(LibraryFixtures.Click("save:42", LibraryFixtures.Bob), CancellationToken.None);

        Assert.True(reply.Ephemeral);
        Assert.Equal("Saved “GPipe” to your library (12 papers). `/library show` to see them.", reply.Content);
    }

    [Theory]
    [InlineData(SaveOutcome.AlreadySaved, "already in your library")]
    [InlineData(SaveOutcome.UnknownPaper, "no longer in the corpus")]
    public async Task Save_AlreadySavedOrGone_OneLine(SaveOutcome outcome, string expected)
    {
        _store.Setup(s => s.GetAsync(42, It.IsAny<CancellationToken>())).ReturnsAsync(LibraryFixtures.Paper(42));
        _library.Setup(l => l.SaveAsync(LibraryFixtures.Ada, 42, It.IsAny<IReadOnlyList<string>>(), null, It.IsAny<CancellationToken>())).ReturnsAsync(outcome);

        var reply = await Buttons().HandleAsync(LibraryFixtures.Click("save:42", LibraryFixtures.Ada), CancellationToken.None);

        Assert.True(reply.Ephemeral);
        Assert.Contains(expected, reply.Content, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', reply.Content!);
    }

    [Fact]
    public async Task Page_ClickedByAnotherMember_RefusedWithoutReadingAnyLibrary()
    {
        // Strict mocks: any read of a library would throw.
        var reply = await Buttons().HandleAsync(LibraryFixtures.Click(LibraryButtonIds.Page(LibraryFixtures.Ada, 2, null)!, LibraryFixtures.Bob), CancellationToken.None);

        Assert.True(reply.Ephemeral);
        Assert.Contains("someone else's library", reply.Content, StringComparison.Ordinal);
        Assert.Null(reply.Embeds);
    }

    [Fact]
    public async Task Forget_ConfirmedByAnotherMember_DeletesNothing()
    {
        var reply = await Buttons().HandleAsync(LibraryFixtures.Click(LibraryButtonIds.Forget(LibraryFixtures.Ada), LibraryFixtures.Bob), CancellationToken.None);

        Assert.Contains("Only the member who asked", reply.Content, StringComparison.Ordinal);
        _members.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Forget_ConfirmedByTheMember_ForgetsThemWithTheirDmsAndSaysWhat()
    {
        _library.Setup(l => l.CountAsync(LibraryFixtures.Ada, null, It.IsAny<CancellationToken>())).ReturnsAsync(3);
        _channels.Setup(c => c.DirectChannelsAsync(LibraryFixtures.Ada, It.IsAny<CancellationToken>())).ReturnsAsync(["dm-1"]);
        _members.Setup(m => m.ForgetAsync(LibraryFixtures.Ada, It.Is<IReadOnlyList<string>>(c => c.SequenceEqual(Dm)), It.IsAny<CancellationToken>())).ReturnsAsync(7);

        var reply = await Buttons().HandleAsync(LibraryFixtures.Click(LibraryButtonIds.Forget(LibraryFixtures.Ada), LibraryFixtures.Ada), CancellationToken.None);

        Assert.True(reply.Ephemeral);
        Assert.Contains("deleted 7 records, including 3 saved papers and 1 DM conversation", reply.Content, StringComparison.Ordinal);
    }

    private LibraryButtons Buttons() =>
        new(_store.Object, new MemberLibrary(_library.Object, Mock.Of<IMeaningSimilarity>()), _library.Object, _members.Object, _channels.Object);
}
