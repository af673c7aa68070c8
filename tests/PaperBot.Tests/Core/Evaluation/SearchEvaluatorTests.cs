using Moq;
using PaperBot.Core.Evaluation;
using PaperBot.Core.Papers;

namespace PaperBot.Tests.Core.Evaluation;

public sealed class SearchEvaluatorTests
{
    [Fact]
    public async Task EvaluateAsync_KnownRankings_ExactRecallAndMrr()
    {
        // Ranks of the first expected paper: 1, 3 (the second of two accepted titles), 7 (beyond 5), and none.
        var search = new Mock<IPaperSearch>();
        Results(search, "q1", "Alpha", "Beta");
        Results(search, "q2", "Beta", "Gamma", "Déjà Vu: A Model");
        Results(search, "q3", "A", "B", "C", "D", "E", "F", "Delta");
        Results(search, "q4", "Beta");
        EvaluationQuery[] queries =
        [
            new("q1", ["Alpha"], 1),
            new("q2", ["Missing Paper", "deja vu - a model"], 2),
            new("q3", ["Delta"], 3),
            new("q4", ["Omega"], 4),
        ];

        var report = await SearchEvaluator.EvaluateAsync(search.Object, queries, cancellationToken: CancellationToken.None);

        Assert.Equal(4, report.Questions);
        Assert.Equal(0.25, report.RecallAt1, 10);
        Assert.Equal(0.5, report.RecallAt5, 10);
        Assert.Equal((1 + 1.0 / 3 + 1.0 / 7 + 0) / 4, report.MeanReciprocalRank, 10);
        Assert.Equal([1, 3, 7, null], report.Outcomes.Select(o => o.Rank));
        Assert.Equal(["Beta"], report.Outcomes[3].TopTitles);
    }

    [Fact]
    public async Task EvaluateAsync_AsksForTheEvaluatedDepth()
    {
        var search = new Mock<IPaperSearch>();
        Results(search, "q", "Alpha");

        await SearchEvaluator.EvaluateAsync(search.Object, [new EvaluationQuery("q", ["Alpha"], 1)], depth: 20, CancellationToken.None);

        search.Verify(s => s.SearchAsync("q", 20, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task EvaluateAsync_NoQueries_ZeroesNotNaN()
    {
        var report = await SearchEvaluator.EvaluateAsync(Mock.Of<IPaperSearch>(), [], cancellationToken: CancellationToken.None);

        Assert.Equal((0, 0.0, 0.0, 0.0), (report.Questions, report.RecallAt1, report.RecallAt5, report.MeanReciprocalRank));
    }

    private static void Results(Mock<IPaperSearch> search, string query, params string[] titles)
    {
        IReadOnlyList<PaperHit> hits = titles.Select((t, i) => new PaperHit(i + 1, t, null, null, null, 10 - i, "")).ToList();
        search.Setup(s => s.SearchAsync(query, It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync(hits);
    }
}
