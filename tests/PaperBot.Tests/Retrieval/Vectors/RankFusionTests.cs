using PaperBot.Retrieval.Vectors;

namespace PaperBot.Tests.Retrieval.Vectors;

public sealed class RankFusionTests
{
    [Fact]
    public void Fuse_EqualWeights_AgreementWinsOverOneFirstPlace()
    {
        // 2 is second in both rankings; 1 and 3 are each first in one and absent from the other.
        var fused = RankFusion.Fuse(60, [new([1L, 2L], 1), new([3L, 2L], 1)]);

        Assert.Equal(2, fused[0].Id);
        Assert.Equal(2.0 / 62, fused[0].Score, 12);
        Assert.Equal([1L, 3L], fused.Skip(1).Select(f => f.Id));
    }

    [Fact]
    public void Fuse_Weighted_ALighterRankingsFirstPlaceFallsBehindTheOthersSecond()
    {
        var equal = RankFusion.Fuse(15, [new([1L, 9L], 1.0), new([2L, 8L], 1.0)]);
        var weighted = RankFusion.Fuse(15, [new([1L, 9L], 1.0), new([2L, 8L], 0.7)]);

        Assert.Equal([1L, 2L, 9L, 8L], equal.Select(f => f.Id));
        Assert.Equal([1L, 9L, 2L, 8L], weighted.Select(f => f.Id));
        Assert.Equal(0.7 / 16, weighted[2].Score, 12);
    }

    [Fact]
    public void Fuse_SmallerK_TrustsTheHeadOfEachRankingMore()
    {
        // 7 is first in one ranking only; 5 is fourth in both: 1/(k+1) against 2/(k+4), so k decides.
        IReadOnlyList<WeightedRanking> rankings = [new([7L, 1L, 2L, 5L], 1.0), new([3L, 4L, 6L, 5L], 1.0)];

        Assert.Equal(7, RankFusion.Fuse(1, rankings)[0].Id);
        Assert.Equal(5, RankFusion.Fuse(1000, rankings)[0].Id);
    }

    [Fact]
    public void Fuse_ZeroWeightAndOffset_ZeroIgnoredOffsetRanksBehind()
    {
        var fused = RankFusion.Fuse(10, [new([1L], 0), new([2L], 1, Offset: 5), new([3L], 1)]);

        Assert.Equal([3L, 2L], fused.Select(f => f.Id));
        Assert.Equal(1.0 / 16, fused[1].Score, 12);
    }
}
