using PaperBot.AI.Offline;

namespace PaperBot.Tests.AI.Offline;

public sealed class RankAgreementTests
{
    [Fact]
    public void Agreeing_PaperNearTheTopOfBoth_BeatsOneFirstInSearchAndLastInCloseness()
    {
        // Search order a, b, c, d; closeness b, c, d, a: "a" sums 0 + 3, "b" 1 + 0, "c" 2 + 1, "d" 3 + 2.
        var closeness = new Dictionary<string, double> { ["a"] = 0.50, ["b"] = 0.90, ["c"] = 0.80, ["d"] = 0.70 };

        var chosen = RankAgreement.Agreeing(["a", "b", "c", "d"], p => closeness[p], 2);

        Assert.Equal(["b", "a"], chosen);
    }

    [Fact]
    public void Agreeing_OneCloseSentenceFarDownInSearch_GivesWayToPapersHighInBoth()
    {
        // "f" is closest of all but last of six in search: 5 + 0 = 5, behind "a" (0 + 1), "b" (1 + 2) and "c" (2 + 3).
        var closeness = new Dictionary<string, double>
        {
            ["a"] = 0.80, ["b"] = 0.78, ["c"] = 0.76, ["d"] = 0.60, ["e"] = 0.55, ["f"] = 0.90,
        };

        var chosen = RankAgreement.Agreeing(["a", "b", "c", "d", "e", "f"], p => closeness[p], 3);

        Assert.Equal(["a", "b", "c"], chosen);
    }

    [Fact]
    public void Agreeing_TiedSums_KeepSearchOrder()
    {
        // "a" sums 0 + 1 and "b" 1 + 0: tied, so search's order stands even though "b" is closer.
        var closeness = new Dictionary<string, double> { ["a"] = 0.7, ["b"] = 0.8 };

        var chosen = RankAgreement.Agreeing(["a", "b"], p => closeness[p], 2);

        Assert.Equal(["a", "b"], chosen);
    }

    [Fact]
    public void Agreeing_EqualCloseness_SearchOrderDecidesBoth()
    {
        var chosen = RankAgreement.Agreeing(["c", "a", "b"], _ => 0.5, 3);

        Assert.Equal(["c", "a", "b"], chosen);
    }

    [Fact]
    public void Agreeing_TakesNoMoreThanAsked_AndNoMoreThanThereAre()
    {
        Assert.Single(RankAgreement.Agreeing(["a", "b", "c"], _ => 0.5, 1));
        Assert.Equal(2, RankAgreement.Agreeing(["a", "b"], _ => 0.5, 3).Count);
        Assert.Empty(RankAgreement.Agreeing(Array.Empty<string>(), _ => 0.5, 3));
    }
}
