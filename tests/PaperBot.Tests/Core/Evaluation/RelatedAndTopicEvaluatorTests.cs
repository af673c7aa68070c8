using Moq;
using PaperBot.Core.Evaluation;
using PaperBot.Core.Papers;

namespace PaperBot.Tests.Core.Evaluation;

public sealed class RelatedAndTopicEvaluatorTests
{
    private static PaperHit Hit(long id, string title) => new(id, title, null, null, null, 0.5, "");

    private static StoredPaper Stored(long id, string title) => new(id, new Paper { Title = title, Abstract = "" }, []);

    [Fact]
    public async Task RelatedEvaluator_CountsHitsRecallAndRank()
    {
        var store = new Mock<IPaperStore>();
        store.Setup(s => s.FindAsync("Source A", It.IsAny<CancellationToken>())).ReturnsAsync(Stored(1, "Source A"));
        store.Setup(s => s.FindAsync("Source B", It.IsAny<CancellationToken>())).ReturnsAsync(Stored(2, "Source B"));
        var similar = new Mock<ISimilarPapers>();
        similar.Setup(s => s.FindSimilarAsync(1, It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([Hit(10, "X"), Hit(11, "Related One"), Hit(12, "Y"), Hit(13, "Z"), Hit(14, "W"), Hit(15, "Related Two")]);
        similar.Setup(s => s.FindSimilarAsync(2, It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([Hit(20, "Nothing")]);
        EvaluationQuery[] items =
        [
            new("Source A", ["Related One", "Related Two"], 1),
            new("Source B", ["Related Three"], 2),
            new("Not In The Corpus", ["Anything"], 3),
        ];

        var report = await RelatedEvaluator.EvaluateAsync(similar.Object, store.Object, items);

        Assert.Equal(3, report.Sources);
        Assert.Equal(1.0 / 3, report.HitAt5, 6);
        Assert.Equal(0.5 / 3, report.RecallAt5, 6);
        Assert.Equal(0.5 / 3, report.MeanReciprocalRank, 6);
        Assert.False(report.Outcomes[2].Found);
    }

    [Fact]
    public async Task TopicEvaluator_PrecisionRecallAndF1PerTopicAveraged()
    {
        var recent = new Mock<IRecentPapers>();
        recent.Setup(r => r.ListAsync(It.IsAny<DateOnly>(), It.IsAny<DateOnly>(), "video", It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([Hit(1, "Video One"), Hit(2, "Protein")]);
        recent.Setup(r => r.ListAsync(It.IsAny<DateOnly>(), It.IsAny<DateOnly>(), "speech", It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([]);
        EvaluationQuery[] topics = [new("video", ["Video One", "Video Two"], 1), new("speech", ["Speech One"], 2)];

        var report = await TopicEvaluator.EvaluateAsync(recent.Object, DateOnly.MinValue, DateOnly.MaxValue, topics);

        Assert.Equal(0.25, report.Precision, 6);
        Assert.Equal(0.25, report.Recall, 6);
        Assert.Equal(0.25, report.F1, 6);
    }
}
