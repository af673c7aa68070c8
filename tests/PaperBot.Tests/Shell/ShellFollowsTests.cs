using Moq;
using PaperBot.Core.Follows;
using PaperBot.Core.Library;
using PaperBot.Core.Papers;
using PaperBot.Shell;

namespace PaperBot.Tests.Shell;

public sealed class ShellFollowsTests
{
    private readonly Mock<IFollowStore> _follows = new();
    private readonly Mock<ILibraryStore> _library = new();

    private ShellFollows Shell => new(_follows.Object, new ForYouRanker(_library.Object, Mock.Of<ILibraryNeighbours>(), Mock.Of<ISimilarPapers>(), Mock.Of<IPaperStore>()));

    [Fact]
    public async Task Follow_TopicDaily_StoredForLocalAndSaysTheShellCannotDm()
    {
        _follows.Setup(f => f.AddAsync("local", FollowKind.Topic, "diffusion models", DigestPeriod.Daily, It.IsAny<CancellationToken>())).ReturnsAsync(FollowOutcome.Followed);

        var output = await Shell.FollowAsync("topic diffusion models --daily", CancellationToken.None);

        Assert.StartsWith("Following topic \"diffusion models\" (daily)", output, StringComparison.Ordinal);
        Assert.Contains("the shell can't DM", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Follow_BadInput_UsageOrOneLine()
    {
        Assert.StartsWith("Usage: /follow", await Shell.FollowAsync("people someone", CancellationToken.None), StringComparison.Ordinal);
        Assert.Equal($"An author's name needs letters.{Environment.NewLine}", await Shell.FollowAsync("author 42", CancellationToken.None));
    }

    [Fact]
    public async Task Unfollow_ByText_RemovesTheLocalMembersFollow()
    {
        _follows.Setup(f => f.ListAsync("local", It.IsAny<CancellationToken>()))
            .ReturnsAsync([new Follow(3, "local", FollowKind.Author, "José Martínez", DigestPeriod.Weekly, DateTimeOffset.UnixEpoch, null)]);

        var output = await Shell.UnfollowAsync("jose martinez", CancellationToken.None);

        Assert.StartsWith("Stopped following author \"José Martínez\"", output, StringComparison.Ordinal);
        _follows.Verify(f => f.RemoveAsync("local", 3, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task ForYou_EmptyLibrary_SaysToSaveFirst()
    {
        _library.Setup(l => l.PaperIdsAsync("local", It.IsAny<CancellationToken>())).ReturnsAsync([]);

        Assert.Equal($"{ForYouResult.EmptyLibrary}{Environment.NewLine}", await Shell.ForYouAsync("", CancellationToken.None));
    }
}
