using Moq;
using PaperBot.Core.Library;
using PaperBot.Core.Papers;

namespace PaperBot.Tests.Core.Library;

public sealed class ForYouRankerTests
{
    private readonly Mock<ILibraryStore> _library = new();
    private readonly Mock<ILibraryNeighbours> _neighbours = new();
    private readonly Mock<ISimilarPapers> _similar = new();
    private readonly Mock<IPaperStore> _store = new();

    public ForYouRankerTests()
    {
        _store.Setup(s => s.GetAsync(It.IsAny<long>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((long id, CancellationToken _) => new StoredPaper(id, new Paper { Title = $"Title {id}", Abstract = "", ArxivId = $"2601.{id:00000}" }, []));
    }

    private ForYouRanker Ranker => new(_library.Object, _neighbours.Object, _similar.Object, _store.Object);

    [Fact]
    public async Task RankAsync_EmptyLibrary_NothingAndTheHint()
    {
        _library.Setup(l => l.PaperIdsAsync("m1", It.IsAny<CancellationToken>())).ReturnsAsync([]);

        var result = await Ranker.RankAsync("m1", 5, CancellationToken.None);

        Assert.Equal(0, result.SavedCount);
        Assert.Empty(result.Items);
        _neighbours.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task RankAsync_WithVectors_NearestFirstWithWhy()
    {
        _library.Setup(l => l.PaperIdsAsync("m1", It.IsAny<CancellationToken>())).ReturnsAsync([1, 2, 3]);
        _neighbours.Setup(n => n.NearestAsync(It.Is<IReadOnlyList<long>>(ids => ids.SequenceEqual(new long[] { 1, 2, 3 })), 2, It.IsAny<CancellationToken>()))
            .ReturnsAsync([new Recommendation(10, 0.9, [2, 1, 3]), new Recommendation(11, 0.8, [3])]);

        var result = await Ranker.RankAsync("m1", 2, CancellationToken.None);

        Assert.True(result.ByMeaning);
        Assert.Equal([10L, 11L], result.Items.Select(i => i.PaperId));
        Assert.Equal("close to 3 of your saved papers: “Title 2”, “Title 1”, “Title 3”", result.Items[0].Why);
        Assert.Equal("close to your saved paper “Title 3”", result.Items[1].Why);
        _similar.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task RankAsync_NoVectors_ByWordsFromSavedPapersNeverASavedOne()
    {
        _library.Setup(l => l.PaperIdsAsync("m1", It.IsAny<CancellationToken>())).ReturnsAsync([1, 2]);
        _library.Setup(l => l.ListAsync("m1", null, 0, It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([Saved(1), Saved(2)]);
        _neighbours.Setup(n => n.NearestAsync(It.IsAny<IReadOnlyList<long>>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IReadOnlyList<Recommendation>?)null);
        _similar.Setup(s => s.FindSimilarAsync(1, It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([Hit(2), Hit(20), Hit(21)]);
        _similar.Setup(s => s.FindSimilarAsync(2, It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([Hit(21), Hit(1)]);

        var result = await Ranker.RankAsync("m1", 5, CancellationToken.None);

        Assert.False(result.ByMeaning);
        // 21 is related to both saved papers, so it outranks 20, related to one.
        Assert.Equal([21L, 20L], result.Items.Select(i => i.PaperId));
        Assert.Equal(2, result.Items[0].CloseToCount);
    }

    private static SavedPaper Saved(long id) => new(new StoredPaper(id, new Paper { Title = $"Title {id}", Abstract = "" }, []), [], null, DateTimeOffset.UnixEpoch);

    private static PaperHit Hit(long id) => new(id, $"Title {id}", null, null, null, 1, "");
}
