using Moq;
using PaperBot.AI.Offline;
using PaperBot.Core.Papers;

namespace PaperBot.Tests.AI.Offline;

public sealed class ClosestSentenceTests
{
    private static readonly StoredPaper SaysTheAim = ExtractiveAnswerComposerTests.Paper(1, "Policy Optimization",
        "Reinforcement learning tunes language models. We cut the cost of each update by sharing prefixes. Results hold on math.");

    private static readonly StoredPaper OnTheSubject = ExtractiveAnswerComposerTests.Paper(2, "Reasoning with RL",
        "Reinforcement learning tunes language models for reasoning. Rewards come from verifiers. Results hold on math.");

    [Fact]
    public async Task OfAsync_OneSentenceSaysTheAim_ThatSentenceCountsNotTheAverage()
    {
        // The aim's sentence is far closer than anything else; the other paper is a little closer throughout.
        var meaning = Meaning(new Dictionary<string, double>
        {
            ["We cut the cost of each update by sharing prefixes."] = 0.9,
            ["Reinforcement learning tunes language models for reasoning."] = 0.6,
            ["Rewards come from verifiers."] = 0.6,
            ["Reasoning with RL"] = 0.6,
        });

        var best = await ClosestSentence.OfAsync(meaning.Object, "cheaper RL for language models", [SaysTheAim, OnTheSubject], CancellationToken.None);

        Assert.NotNull(best);
        Assert.Equal(0.9, best[1], 6);
        Assert.Equal(0.6, best[2], 6);
    }

    [Fact]
    public async Task OfAsync_TitleClosest_TheTitleCountsAsASentence()
    {
        var meaning = Meaning(new Dictionary<string, double> { ["Policy Optimization"] = 0.8 });

        var best = await ClosestSentence.OfAsync(meaning.Object, "policy optimization", [SaysTheAim], CancellationToken.None);

        Assert.Equal(0.8, Assert.Single(best!).Value, 6);
    }

    [Fact]
    public async Task OfAsync_MeaningUnknown_Null()
    {
        var meaning = new Mock<IMeaningSimilarity>();
        meaning.Setup(m => m.ToPassagesAsync(It.IsAny<string>(), It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IReadOnlyList<double>?)null);

        var best = await ClosestSentence.OfAsync(meaning.Object, "anything", [SaysTheAim], CancellationToken.None);

        Assert.Null(best);
    }

    [Fact]
    public async Task OfAsync_EveryPaperInOneCall_TitleAndTheLikeliestSentencesByTheQuestionsWords()
    {
        var meaning = Meaning(new Dictionary<string, double>());
        IReadOnlyList<string>? weighed = null;
        meaning.Setup(m => m.ToPassagesAsync(It.IsAny<string>(), It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>()))
            .Callback((string _, IReadOnlyList<string> passages, CancellationToken _) => weighed = passages)
            .ReturnsAsync((string _, IReadOnlyList<string> passages, CancellationToken _) => passages.Select(_ => 0.5).ToList());

        await ClosestSentence.OfAsync(meaning.Object, "how do verifiers reward reasoning?", [SaysTheAim, OnTheSubject], CancellationToken.None);

        // Each paper: its title, then the two sentences sharing most of the question's words, most first (reading order on a tie);
        // "Results hold on math." shares none and is not embedded.
        Assert.Equal(
            [
                "Policy Optimization", "Reinforcement learning tunes language models.", "We cut the cost of each update by sharing prefixes.",
                "Reasoning with RL", "Rewards come from verifiers.", "Reinforcement learning tunes language models for reasoning.",
            ],
            weighed);
        meaning.Verify(m => m.ToPassagesAsync(It.IsAny<string>(), It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    /// <summary>Cosines by sentence; any other sentence is at 0.1.</summary>
    internal static Mock<IMeaningSimilarity> Meaning(IReadOnlyDictionary<string, double> cosines)
    {
        var meaning = new Mock<IMeaningSimilarity>();
        meaning.Setup(m => m.ToPassagesAsync(It.IsAny<string>(), It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, IReadOnlyList<string> passages, CancellationToken _) => passages.Select(p => cosines.GetValueOrDefault(p, 0.1)).ToList());
        return meaning;
    }
}
