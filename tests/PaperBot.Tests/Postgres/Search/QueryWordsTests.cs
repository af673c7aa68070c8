using PaperBot.Postgres.Search;

namespace PaperBot.Tests.Postgres.Search;

public sealed class QueryWordsTests
{
    [Fact]
    public void Idfs_RareWordsWeighMoreAndNoneIsNegative()
    {
        var words = new QueryWords(["rare", "common", "everywhere"], [2, 500, 1000], 1000);

        var idfs = words.Idfs();

        Assert.True(idfs[0] > idfs[1] && idfs[1] > idfs[2]);
        Assert.All(idfs, idf => Assert.True(idf > 0));
        Assert.Equal(Math.Log(1 + ((1000 - 2 + 0.5) / (2 + 0.5))), idfs[0], 12);
    }

    [Fact]
    public void Idfs_PaperCountBehindTheWordCounts_TheLargestCountStandsForIt()
    {
        // A paper count read before an ingest committed, and word counts read after it.
        var lagging = new QueryWords(["word"], [120], 100);
        var current = new QueryWords(["word"], [120], 120);

        Assert.Equal(current.Idfs(), lagging.Idfs());
    }
}
