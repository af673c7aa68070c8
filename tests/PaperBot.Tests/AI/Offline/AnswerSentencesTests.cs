using Moq;
using PaperBot.AI.Offline;
using PaperBot.Core.Papers;

namespace PaperBot.Tests.AI.Offline;

public sealed class AnswerSentencesTests
{
    private static readonly StoredPaper Pipeline = ExtractiveAnswerComposerTests.Paper(1, "Pipelines",
        "Giant networks do not fit on one accelerator. We split each mini-batch into micro-batches. Training runs 3.5x faster on eight accelerators. The library is general.");

    [Fact]
    public async Task ScoreAsync_MeaningKnown_TheSentenceClosestInMeaningWinsWithoutSharingAWord()
    {
        var meaning = Meaning([0.1, 0.2, 0.9, 0.1]);
        var scorer = new AnswerSentences(meaning.Object);

        var scored = await scorer.ScoreAsync("how quick is it?", QuestionShape.Of("how quick is it?"), [Pipeline], CancellationToken.None);

        Assert.Equal("Training runs 3.5x faster on eight accelerators.", scored.MaxBy(s => s.Score)!.Text);
        Assert.Equal([0, 1, 2, 3], scored.Select(s => s.Position));
    }

    [Fact]
    public async Task ScoreAsync_MeaningUnknown_WordsDecide()
    {
        var scorer = new AnswerSentences(Meaning(null).Object);

        var scored = await scorer.ScoreAsync("why split mini-batches into micro-batches?", QuestionShape.Of("why split mini-batches into micro-batches?"), [Pipeline], CancellationToken.None);

        Assert.Equal("We split each mini-batch into micro-batches.", scored.MaxBy(s => s.Score)!.Text);
    }

    [Theory]
    [InlineData("how much faster is the library?", "Training runs 3.5x faster on eight accelerators.")]
    [InlineData("is the library general?", "The library is general.")]
    public async Task ScoreAsync_EqualMeaning_ANumberIsPreferredOnlyWhenOneIsAskedFor(string question, string expected)
    {
        var scorer = new AnswerSentences(Meaning([0.5, 0.5, 0.5, 0.5]).Object);

        var scored = await scorer.ScoreAsync(question, QuestionShape.Of(question), [Pipeline], CancellationToken.None);

        Assert.Equal(expected, scored.MaxBy(s => s.Score)!.Text);
    }

    private static Mock<IMeaningSimilarity> Meaning(double[]? cosines)
    {
        var meaning = new Mock<IMeaningSimilarity>();
        meaning.Setup(m => m.ToPassagesAsync(It.IsAny<string>(), It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, IReadOnlyList<string> passages, CancellationToken _) => cosines is null ? null : cosines.Take(passages.Count).ToList());
        return meaning;
    }
}
